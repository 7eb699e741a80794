// The sample document: a county council's Business Support Service, 60 posts across adults',
// children's, executive, systems and finance support, on the council's own NJC grades, with
// vacancies, part-time posts, a job share and a grant-funded team. The names are invented.

export interface SamplePost {
  key: string;
  manager: string | null;
  title: string;
  grade: string;
  /** Spinal column point the postholder is paid at; vacancies are costed by the document setting. */
  scp: number | null;
  fte?: number;
  team: string;
  /** Invented postholder names; none means vacant. Two names make a job share. */
  holders: string[];
  assistant?: boolean;
  /** Share of the cost on the Public Health grant, in percent; the rest is core budget. */
  grantPct?: number;
  ref: string;
}

export const SAMPLE_NAME = 'Business Support Service review';
export const SAMPLE_ORGANISATION = { name: 'Northshire County Council', pensionRateBp: 1980 };
export const SAMPLE_FUNDING = {
  core: { name: 'Core budget', endDate: null },
  grant: { name: 'Public Health grant', endDate: '2027-03-31' },
};

const names = [
  'Sarah Whitfield', 'Imran Qureshi', 'Joanne Pritchard', 'Daniel Okafor', 'Helen Marsh', 'Priya Nair',
  'Gareth Lloyd', 'Karen Doherty', 'Tomasz Nowak', 'Amina Hassan', 'Lucy Brennan', 'Paul Ashworth',
  'Rachel Greaves', 'Mohammed Iqbal', 'Claire Hutchinson', 'Steven Rowe', 'Natalie Fenwick', 'Aisha Begum',
  'Mark Henshaw', 'Emma Castle', 'David Kerr', 'Fiona McLeod', 'Jason Tait', 'Laura Bishop',
  'Wendy Parkes', 'Ryan Mitchell', 'Sophie Garner', 'Adebayo Adeyemi', 'Julie Sharples', 'Kevin Moss',
  'Hannah Price', 'Ian Forsyth', 'Catherine Doyle', 'Lee Harrison', 'Bethany Cole', 'Nasreen Akhtar',
  'Colin Watts', 'Megan Hughes', 'Simon Yates', 'Gemma Knowles', 'Anthony Reid', 'Louise Atherton',
  'Farah Mahmood', 'Neil Stringer', 'Rebecca Lowe', 'Victoria Dunn', 'Sean Gallagher', 'Zoe Pickering',
];
/** Hands out the invented names in turn. */
function namer(): () => string {
  let next = 0;
  return () => names[next++ % names.length]!;
}

function team(
  person: () => string,
  prefix: string,
  manager: string,
  title: string,
  grade: string,
  scp: number,
  teamName: string,
  count: number,
  opts: { vacant?: number[]; fte?: Record<number, number>; jobShare?: number[]; grantPct?: number } = {},
): SamplePost[] {
  return Array.from({ length: count }, (_, i) => {
    const vacant = opts.vacant?.includes(i) ?? false;
    const holders = vacant ? [] : opts.jobShare?.includes(i) ? [person(), person()] : [person()];
    const post: SamplePost = {
      key: `${prefix}${i + 1}`,
      manager,
      title,
      grade,
      scp: vacant ? null : scp,
      team: teamName,
      holders,
      ref: '',
    };
    const fte = opts.fte?.[i];
    if (fte !== undefined) post.fte = fte;
    if (opts.grantPct !== undefined) post.grantPct = opts.grantPct;
    return post;
  });
}

function build(): SamplePost[] {
  const person = namer();
  const one = (key: string, manager: string | null, title: string, grade: string, scp: number | null, teamName: string, extra: Partial<SamplePost> = {}): SamplePost => ({
    key,
    manager,
    title,
    grade,
    scp,
    team: teamName,
    holders: scp === null ? [] : [person()],
    ref: '',
    ...extra,
  });
  const posts: SamplePost[] = [
    one('head', null, 'Head of Business Support', 'M2', 40, 'Management'),
    one('pa', 'head', 'Personal Assistant to the Head of Business Support', 'H5', 13, 'Management', { assistant: true }),
    one('estl', 'head', 'Executive Support Team Leader', 'H8', 26, 'Executive Support'),
    ...team(person, 'seso', 'estl', 'Senior Executive Support Officer', 'H7', 23, 'Executive Support', 3),
    ...team(person, 'eso', 'estl', 'Executive Support Officer', 'H6', 19, 'Executive Support', 6, { vacant: [4, 5], fte: { 3: 0.8 } }),
    one('bsma', 'head', 'Business Support Manager (Adults and Health)', 'H9', 31, 'Adults and Health'),
    one('tlasc', 'bsma', 'Business Support Team Leader (Adult Social Care)', 'H7', 22, 'Adult Social Care'),
    ...team(person, 'sbsoa', 'tlasc', 'Senior Business Support Officer', 'H5', 14, 'Adult Social Care', 2),
    ...team(person, 'bsoa', 'tlasc', 'Business Support Officer', 'H3', 6, 'Adult Social Care', 6, { vacant: [5], jobShare: [2], fte: { 4: 0.6 } }),
    one('tlph', 'bsma', 'Business Support Team Leader (Public Health)', 'H7', 21, 'Public Health', { grantPct: 100 }),
    ...team(person, 'bsoph', 'tlph', 'Business Support Officer', 'H3', 6, 'Public Health', 3, { grantPct: 100, vacant: [2] }),
    one('appph', 'tlph', 'Apprentice Business Administrator', 'HB', 2, 'Public Health', { grantPct: 50 }),
    one('bsmc', 'head', "Business Support Manager (Children's Services)", 'H9', 30, "Children's Services"),
    one('tlcsc', 'bsmc', "Business Support Team Leader (Children's Social Care)", 'H7', 23, "Children's Social Care"),
    ...team(person, 'sbsoc', 'tlcsc', 'Senior Business Support Officer', 'H5', 13, "Children's Social Care", 3),
    ...team(person, 'bsoc', 'tlcsc', 'Business Support Officer', 'H3', 6, "Children's Social Care", 8, { vacant: [6, 7], fte: { 2: 0.5, 5: 0.81 } }),
    ...team(person, 'mt', 'tlcsc', 'Minute Taker (Child Protection Conferences)', 'H4', 9, "Children's Social Care", 2),
    one('tlee', 'bsmc', 'Business Support Team Leader (Education and Early Help)', 'H7', 20, 'Education and Early Help'),
    ...team(person, 'bsoe', 'tlee', 'Business Support Officer', 'H3', 5, 'Education and Early Help', 4, { vacant: [3] }),
    ...team(person, 'deo', 'tlee', 'Data Entry Officer', 'H2', 5, 'Education and Early Help', 2, { fte: { 1: 0.5 } }),
    one('systl', 'head', 'Systems and Data Team Leader', 'H8', 25, 'Systems and Data'),
    ...team(person, 'sso', 'systl', 'Systems Support Officer', 'H6', 17, 'Systems and Data', 2),
    ...team(person, 'dpo', 'systl', 'Data and Performance Officer', 'H5', 12, 'Systems and Data', 2, { vacant: [1] }),
    one('fintl', 'head', 'Finance and Payments Team Leader', 'H7', 21, 'Finance and Payments'),
    ...team(person, 'pay', 'fintl', 'Payments Officer', 'H4', 8, 'Finance and Payments', 3),
    ...team(person, 'pur', 'fintl', 'Purchasing Officer', 'H3', 6, 'Finance and Payments', 2, { fte: { 1: 0.6 } }),
  ];
  posts.forEach((p, i) => {
    p.ref = `BS${String(1001 + i)}`;
  });
  return posts;
}

export const SAMPLE_POSTS: readonly SamplePost[] = build();
