// What `establish diff --json` prints: a change summary as plain JSON. Money in pence, FTE as a
// number with up to four decimals. Postholder names are left out: a report may be passed on.
import type { BreakdownRow } from '../../shared/costing/breakdown';
import type { ChangeSummary } from '../../shared/compare/compare';
import type { PostChange } from '../../shared/diff/types';
import type { Grade, Post } from '../../shared/model/types';

const fte = (units: number) => Math.round(units) / 10_000;

export function summaryJson(s: ChangeSummary, grades: readonly Grade[]) {
  const gradeCode = new Map(grades.map((g) => [g.id, g.code]));
  const postJson = (p: Post | null) =>
    p && {
      id: p.id,
      ref: p.ref,
      title: p.title,
      grade: p.gradeId ? (gradeCode.get(p.gradeId) ?? null) : null,
      fte: p.fte,
      team: p.team,
      vacant: p.vacant,
      managerId: p.managerId,
    };
  const rows = (list: BreakdownRow[]) =>
    list.map((r) => ({
      key: r.key,
      name: r.label,
      before: r.before.costPence,
      after: r.after.costPence,
      saving: r.savingPence,
      fteBefore: fte(r.before.fteUnits),
      fteAfter: fte(r.after.fteUnits),
    }));
  const change = (c: PostChange) => ({
    kind: c.kind,
    regraded: c.regraded,
    fields: c.fields,
    lineageId: c.lineageId,
    matchedBy: c.matchedBy ?? null,
    before: postJson(c.before),
    after: postJson(c.after),
    cost: { before: c.costBeforePence, after: c.costAfterPence, change: c.costAfterPence - c.costBeforePence },
    replaces: c.replacesBeforeIds ?? [],
    replacedBy: c.replacedByAfterIds ?? [],
    replacement: c.replacement ?? null,
  });
  const p = s.people;
  return {
    from: { id: s.from.id, name: s.from.name },
    to: { id: s.to.id, name: s.to.name, implementationDate: s.implementationDate },
    posts: { before: p.postsBefore, after: p.postsAfter },
    fte: { before: fte(p.fteUnitsBefore), after: fte(p.fteUnitsAfter) },
    headcount: { before: p.headcountBefore, after: p.headcountAfter },
    cost: { before: s.cost.beforePence, after: s.cost.afterPence, saving: s.cost.savingPence },
    counts: s.diff.counts,
    suggestedMatches: (s.diff.suggestedMatches ?? []).map((m) => ({ from: m.from, to: m.to, confidence: m.confidence, reasons: m.reasons })),
    atRisk: p.atRisk,
    // Totals only: a person's age, service and pay never leave the file this way.
    oneOff: { redundancy: s.oneOff.redundancyPence, pensionStrain: s.oneOff.pensionStrainPence, total: s.oneOff.totalPence },
    paybackYears: s.oneOff.paybackYears,
    people: {
      affected: p.affected,
      slotIns: p.slotIns,
      redeployed: p.redeployed,
      ringFenced: p.ringFenced,
      atRisk: p.atRisk,
      vacanciesDeleted: p.vacanciesDeleted,
      postsDeleted: p.postsDeleted,
      fteDeleted: fte(p.fteUnitsDeleted),
      postsNew: p.postsNew,
      fteNew: fte(p.fteUnitsNew),
      hoursReduced: p.hoursReduced,
      consultation: p.consultation && { minimumDays: p.consultation.minimumDays, threshold: p.consultation.threshold, message: p.consultation.message },
      fundingEnds: p.fundingEnds.map((f) => ({ postId: f.post.id, ref: f.post.ref, title: f.post.title, source: f.source.name, endDate: f.source.endDate, when: f.when })),
    },
    byFinancialYear: s.byFinancialYear.map((y) => ({
      year: y.year.label,
      start: y.year.start,
      end: y.year.end,
      share: y.share.numerator / y.share.denominator,
      before: y.beforePence,
      after: y.afterPence,
      saving: y.savingPence,
      incrementalSaving: y.incrementalSavingPence,
    })),
    byFundingSource: rows(s.breakdowns.source),
    byOrganisation: rows(s.breakdowns.organisation),
    byTeam: rows(s.breakdowns.team),
    byGrade: rows(s.breakdowns.grade),
    changes: s.diff.changes.map(change),
  };
}
