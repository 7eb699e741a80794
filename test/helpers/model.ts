// Plain model values for unit tests of the pure engine: a small document's reference data and
// posts built from a few fields.
import { buildCostContext, type CostContext } from '../../shared/costing/postCost';
import type { CostReference } from '../../shared/compare/compare';
import type { Grade, Post, Structure } from '../../shared/model/types';

export const ORG_A = 'org-a';
export const ORG_B = 'org-b';
export const CORE = 'src-core';
export const GRANT = 'src-grant';
export const GRANT2 = 'src-grant2';

function grade(id: string, code: string, pounds: number[]): Grade {
  return {
    id,
    code,
    name: '',
    sortOrder: 0,
    points: pounds.map((p, i) => ({ id: `${id}-p${i}`, gradeId: id, code: `SCP ${i}`, salaryPence: p * 100, sortOrder: i })),
  };
}

export function reference(overrides: Partial<CostReference['settings']> = {}): CostReference & { ctx: CostContext } {
  const ref: CostReference = {
    settings: {
      name: 'Test',
      payYear: '2025/26',
      vacancyCosting: 'top',
      niRateBp: 1500,
      niThresholdPence: 500_000,
      niUpperThresholdPence: 5_027_000,
      levyEnabled: false,
      levyRateBp: 50,
      defaultOrganisationId: ORG_A,
      defaultFundingSourceId: CORE,
      redundancyWeekCapPence: 71_900,
      redundancyMultiplierBp: 10_000,
      redundancyWeekPay: 'capped',
      ...overrides,
    },
    organisations: [
      { id: ORG_A, name: 'County Council', pensionRateBp: 1980, sortOrder: 0 },
      { id: ORG_B, name: 'City Council', pensionRateBp: 2150, sortOrder: 1 },
    ],
    grades: [grade('g1', 'G1', [24_000, 25_000, 26_000]), grade('g2', 'G2', [30_000, 31_500, 33_000]), grade('g3', 'G3', [45_000, 47_000])],
    fundingSources: [
      { id: CORE, name: 'Core budget', endDate: null, sortOrder: 0 },
      { id: GRANT, name: 'Public Health grant', endDate: '2026-03-31', sortOrder: 1 },
      { id: GRANT2, name: 'Opportunity Area grant', endDate: '2025-08-31', sortOrder: 2 },
    ],
  };
  return { ...ref, ctx: buildCostContext(ref) };
}

let seq = 0;

export function post(fields: Partial<Post> & { id?: string }): Post {
  const id = fields.id ?? `p${++seq}`;
  return {
    id,
    structureId: 's',
    lineageId: id,
    ref: '',
    title: 'Officer',
    gradeId: 'g1',
    payPointId: 'g1-p2',
    salaryOverridePence: null,
    allInCostPence: null,
    niCategory: 'standard',
    fte: 1,
    vacant: false,
    organisationId: ORG_A,
    team: 'Team',
    notes: '',
    duties: '',
    replacesLineageIds: [],
    organisationShares: [],
    isAssistant: false,
    managerId: null,
    dottedManagerIds: [],
    funding: [{ sourceId: CORE, shareBp: 10_000 }],
    postholders: [{ id: `${id}-h`, name: '', fte: null }],
    sortOrder: 0,
    holding: false,
    grouped: false,
    headcount: null,
    ...fields,
  };
}

export function structure(id: string, fields: Partial<Structure> = {}): Structure {
  return { id, name: id, kind: 'proposal', status: 'draft', implementationDate: null, basedOnId: null, sortOrder: 0, ...fields };
}

/** A copy of a structure's posts for another structure, keeping lineage, as "new proposal from" does. */
export function copyOf(posts: readonly Post[], structureId: string, prefix = 'c'): Post[] {
  const idOf = (id: string) => `${prefix}:${id}`;
  return posts.map((p) => ({
    ...p,
    id: idOf(p.id),
    structureId,
    managerId: p.managerId === null ? null : idOf(p.managerId),
    dottedManagerIds: p.dottedManagerIds.map(idOf),
    postholders: p.postholders.map((h) => ({ ...h, id: idOf(h.id) })),
    funding: p.funding.map((f) => ({ ...f })),
  }));
}
