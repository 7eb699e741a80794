// The cost summary of a proposal: posts, FTE and full-year cost before and after, by funding source
// and by employing organisation, with the change in each.
import { buildCostContext, costPost, fteUnits } from '../../costing/postCost';
import type { DocumentInfo, Id, Post } from '../../model/types';
import type { ColumnKind, Row, Table } from '../table';

interface Side {
  posts: number;
  fteUnits: number;
  cost: number;
  funding: Map<Id | '', number>;
  orgs: Map<Id | '', number>;
  vacant: number;
}

function tally(posts: readonly Post[], doc: Pick<DocumentInfo, 'settings' | 'organisations' | 'grades'>): Side {
  const ctx = buildCostContext(doc);
  const side: Side = { posts: 0, fteUnits: 0, cost: 0, funding: new Map(), orgs: new Map(), vacant: 0 };
  for (const p of posts) {
    const c = costPost(p, ctx).totalPence;
    side.posts += 1;
    side.fteUnits += fteUnits(p.fte);
    side.cost += c;
    if (p.vacant) side.vacant += 1;
    for (const f of p.funding.length ? p.funding : [{ sourceId: '', shareBp: 10_000 }]) side.funding.set(f.sourceId, (side.funding.get(f.sourceId) ?? 0) + (c * f.shareBp) / 10_000);
    const org = p.organisationId ?? doc.settings.defaultOrganisationId ?? '';
    side.orgs.set(org, (side.orgs.get(org) ?? 0) + c);
  }
  return side;
}

export function costSummary(doc: Pick<DocumentInfo, 'settings' | 'organisations' | 'grades' | 'fundingSources'>, before: readonly Post[], after: readonly Post[], names: { before: string; after: string }, title = 'Cost summary'): Table {
  const a = tally(before, doc);
  const b = tally(after, doc);
  const rows: Row[] = [];
  const add = (label: string, x: number, y: number, kind: ColumnKind) => rows.push({ kind: 'body', cells: [label, x, y, y - x], kinds: [undefined, kind, kind, kind] });
  add('Posts', a.posts, b.posts, 'count');
  add('Vacant posts', a.vacant, b.vacant, 'count');
  add('FTE', a.fteUnits / 10_000, b.fteUnits / 10_000, 'fte');
  const sources = [...doc.fundingSources].sort((p, q) => p.sortOrder - q.sortOrder);
  const funded: { id: Id | ''; name: string }[] = sources.map((s) => ({ id: s.id, name: s.name }));
  funded.push({ id: '', name: 'No funding source' });
  rows.push({ kind: 'section', cells: ['Full-year cost by funding source', null, null, null] });
  for (const s of funded) {
    const x = a.funding.get(s.id) ?? 0;
    const y = b.funding.get(s.id) ?? 0;
    if (x || y) add(s.name, x, y, 'money');
  }
  const orgs = [...doc.organisations].sort((p, q) => p.sortOrder - q.sortOrder);
  if (orgs.length > 1) {
    rows.push({ kind: 'section', cells: ['Full-year cost by employing organisation', null, null, null] });
    for (const o of orgs) {
      const x = a.orgs.get(o.id) ?? 0;
      const y = b.orgs.get(o.id) ?? 0;
      if (x || y) add(o.name, x, y, 'money');
    }
  }
  rows.push({ kind: 'total', notSum: true, cells: ['Full-year cost', a.cost, b.cost, b.cost - a.cost], kinds: [undefined, 'money', 'money', 'money'] });
  return {
    title,
    notes: ['Full-year costs including employer National Insurance and pension. A negative change is a saving.'],
    columns: [
      { header: '', kind: 'text', width: 34 },
      { header: names.before, kind: 'money', width: 14 },
      { header: names.after, kind: 'money', width: 14 },
      { header: 'Change', kind: 'money', width: 14 },
    ],
    rows,
  };
}
