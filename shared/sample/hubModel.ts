// The sample's proposal, "Option A: hub model", as an adviser would make it: copy Current, then
// change it step by step. Children's social care and education business support become one hub
// under one team leader; data entry ends as schools and early help providers move to online forms,
// run by a new Digital Forms Officer; four vacancies held during the review are deleted; the Head
// of Business Support gives up a dedicated personal assistant; a Business Support Apprentice is
// taken on. Posts are named by their key in SAMPLE_POSTS; new posts by a key of their own.

export interface SampleNewPost {
  key: string;
  /** Key of the manager: a sample post or an earlier new post. */
  manager: string;
  title: string;
  grade: string;
  team: string;
  duties: string;
  notes: string;
  /** Keys of the deleted posts it takes the place of. */
  replaces?: string[];
}

export type SampleProposalStep =
  | { kind: 'move'; keys: string[]; to: string; notes: string }
  | { kind: 'delete'; keys: string[] }
  | {
      kind: 'redesignate';
      key: string;
      title: string;
      /** A new grade (and the point the postholder moves to): the post is regraded too. */
      grade?: { code: string; scp: number };
      duties: string;
      /** Keys of the posts whose postholders are candidates for it: its own key when they slot in. */
      replaces: string[];
      notes: string;
    }
  | { kind: 'fte'; key: string; fte: number; notes: string }
  | { kind: 'add'; post: SampleNewPost };

export interface SampleProposal {
  name: string;
  status: 'consultation';
  implementationDate: string;
  steps: SampleProposalStep[];
}

export const SAMPLE_PROPOSAL: SampleProposal = {
  name: 'Option A: hub model',
  status: 'consultation',
  implementationDate: '2026-10-01',
  steps: [
    {
      kind: 'add',
      post: {
        key: 'sbsoe',
        manager: 'tlcsc',
        title: 'Senior Business Support Officer (Education)',
        grade: 'H5',
        team: 'Education and Early Help',
        duties: 'JD BS-SBSO-02: supervises the education and early help business support officers.',
        notes: 'New post: first-line supervision for the education officers joining the hub.',
      },
    },
    {
      kind: 'move',
      keys: ['bsoe1', 'bsoe2', 'bsoe3', 'bsoe4'],
      to: 'sbsoe',
      notes: 'Joins the Children and Education hub.',
    },
    // Schools and early help providers submit through online forms instead of paper returns.
    { kind: 'delete', keys: ['deo1', 'deo2'] },
    // The education team leader's post goes; its postholder is ring-fenced with the children's
    // social care team leader for the one hub team leader post.
    { kind: 'delete', keys: ['tlee'] },
    {
      kind: 'redesignate',
      key: 'tlcsc',
      title: 'Business Support Team Leader (Children and Education)',
      grade: { code: 'H8', scp: 24 },
      duties: 'JD BS-TL-05 v1: leads business support for children’s social care, education and early help.',
      replaces: ['tlcsc', 'tlee'],
      notes: 'Takes on education and early help: 18 posts, up from 13; job evaluated at H8. Ring-fence: the two current team leaders.',
    },
    {
      kind: 'add',
      post: {
        key: 'appc',
        manager: 'tlcsc',
        title: 'Business Support Apprentice',
        grade: 'HB',
        team: "Children's Social Care",
        duties: 'Level 3 Business Administrator apprenticeship, 18 months.',
        notes: 'New post: training funded from the apprenticeship levy; salary from the core budget.',
      },
    },
    // Held vacancies, deleted so that nobody else is put at risk.
    { kind: 'delete', keys: ['eso5', 'eso6', 'bsoc8', 'dpo2'] },
    {
      kind: 'add',
      post: {
        key: 'dfo',
        manager: 'systl',
        title: 'Digital Forms Officer',
        grade: 'H5',
        team: 'Systems and Data',
        duties: 'JD BS-DIG-01: builds and runs the online forms that replace paper returns and data entry.',
        notes: 'New post, in place of the vacant Data and Performance Officer post and manual data entry.',
        replaces: ['dpo2'],
      },
    },
    {
      kind: 'redesignate',
      key: 'sso1',
      title: 'Systems and Digital Support Officer',
      duties: 'JD BS-SYS-02 v2: adds support for the online forms platform.',
      replaces: ['sso1'],
      notes: 'Same grade; the postholder slots in.',
    },
    {
      kind: 'redesignate',
      key: 'sso2',
      title: 'Systems and Digital Support Officer',
      duties: 'JD BS-SYS-02 v2: adds support for the online forms platform.',
      replaces: ['sso2'],
      notes: 'Same grade; the postholder slots in.',
    },
    // The Head of Business Support is supported by the Executive Support team instead.
    { kind: 'delete', keys: ['pa'] },
    {
      kind: 'fte',
      key: 'pay3',
      fte: 0.6,
      notes: 'Reduced to 0.6 FTE (three days a week) at the postholder’s request: flexible retirement.',
    },
  ],
};
