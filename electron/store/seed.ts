// What a new document starts with: settings, one employing organisation, a core budget, the
// council grade table on the 2025/26 NJC spine and an empty Current structure; optionally the
// sample Business Support Service with its proposal for consultation.
import { UNNAMED_ORGANISATION } from '../../shared/model/organisation';
import type { Database } from 'better-sqlite3';
import { COUNCIL_GRADES, NJC_SPINE_2025_26 } from '../../shared/pay/njc';
import { SAMPLE_FUNDING, SAMPLE_NAME, SAMPLE_ORGANISATION, SAMPLE_POSTS } from '../../shared/sample/businessSupport';
import { SAMPLE_PROPOSAL } from '../../shared/sample/hubModel';
import { DEFAULT_SETTINGS } from './read';
import { insertPost, newId } from './postRows';
import { Recorder, Statements } from './recorder';
import { seedSampleProposal } from './seedProposal';

export interface SeedOptions {
  name: string;
  sample: boolean;
}

export function seedDocument(db: Database, options: SeedOptions): void {
  // Seeding is the file's starting point, not an edit: nothing goes into the undo history.
  const rec = new Recorder(new Statements(db));
  const orgId = newId();
  const coreId = newId();
  const org = options.sample ? SAMPLE_ORGANISATION : { name: UNNAMED_ORGANISATION, pensionRateBp: 1980 };
  rec.insert('organisations', { id: orgId, name: org.name, pension_rate_bp: org.pensionRateBp, sort_order: 0 });
  rec.insert('funding_sources', { id: coreId, name: SAMPLE_FUNDING.core.name, end_date: null, sort_order: 0 });
  let grantId: string | null = null;
  if (options.sample) {
    grantId = newId();
    rec.insert('funding_sources', { id: grantId, name: SAMPLE_FUNDING.grant.name, end_date: SAMPLE_FUNDING.grant.endDate, sort_order: 1 });
  }
  const settings = {
    ...DEFAULT_SETTINGS,
    name: options.sample ? SAMPLE_NAME : options.name,
    defaultOrganisationId: orgId,
    defaultFundingSourceId: coreId,
  };
  for (const [key, value] of Object.entries(settings)) rec.insert('settings', { id: key, value: JSON.stringify(value) });

  const pointIds = new Map<string, string>();
  const gradeIds = new Map<string, string>();
  COUNCIL_GRADES.forEach((g, gi) => {
    const gradeId = newId();
    gradeIds.set(g.code, gradeId);
    rec.insert('grades', { id: gradeId, code: g.code, name: '', sort_order: gi });
    g.scps.forEach((scp, pi) => {
      const id = newId();
      pointIds.set(`${g.code}/${scp}`, id);
      rec.insert('pay_points', { id, grade_id: gradeId, code: `SCP ${scp}`, salary_pence: NJC_SPINE_2025_26[scp]! * 100, sort_order: pi });
    });
  });

  const currentId = newId();
  rec.insert('structures', {
    id: currentId,
    name: 'Current',
    kind: 'current',
    status: 'draft',
    implementation_date: null,
    based_on_id: null,
    sort_order: 0,
  });
  if (!options.sample) return;

  const ids = new Map(SAMPLE_POSTS.map((p) => [p.key, newId()]));
  SAMPLE_POSTS.forEach((p, i) => {
    const id = ids.get(p.key)!;
    const grant = p.grantPct ?? 0;
    const funding =
      grant === 0
        ? [{ sourceId: coreId, shareBp: 10_000 }]
        : grant === 100
          ? [{ sourceId: grantId!, shareBp: 10_000 }]
          : [
              { sourceId: coreId, shareBp: (100 - grant) * 100 },
              { sourceId: grantId!, shareBp: grant * 100 },
            ];
    const fte = p.fte ?? 1;
    insertPost(rec, {
      id,
      structureId: currentId,
      lineageId: id,
      ref: p.ref,
      title: p.title,
      gradeId: gradeIds.get(p.grade) ?? null,
      payPointId: p.scp === null ? null : (pointIds.get(`${p.grade}/${p.scp}`) ?? null),
      salaryOverridePence: null,
      allInCostPence: null,
      niCategory: 'standard',
      fte,
      vacant: p.holders.length === 0,
      organisationId: orgId,
      team: p.team,
      notes: '',
      duties: '',
      replacesLineageIds: [],
      organisationShares: [],
      isAssistant: p.assistant ?? false,
      managerId: p.manager === null ? null : ids.get(p.manager)!,
      dottedManagerIds: [],
      funding,
      postholders: p.holders.map((name) => ({ name, fte: p.holders.length > 1 ? fte / p.holders.length : null })),
      sortOrder: i,
      holding: false,
      grouped: false,
      headcount: null,
    });
  });
  seedSampleProposal(db, rec, currentId, ids, SAMPLE_PROPOSAL);
}
