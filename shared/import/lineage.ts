// Matching imported posts with the Current structure, so that a later snapshot imported as a
// proposal compares post by post: a post takes the lineage of the Current post with the same
// reference; a grouped post without one, of the group with the same senior post, grade and title.
import type { Grade, Id, Post } from '../model/types';
import type { PlannedGrade, PlannedPost } from './types';
import { norm } from './values';

export interface LineageMatch {
  /** Planned post key to the lineage it takes. */
  lineage: Map<number, Id>;
  byRef: number;
  byGroup: number;
}

function take(index: Map<string, Post[]>, key: string, used: Set<Id>): Post | null {
  const list = index.get(key);
  if (!list) return null;
  const found = list.find((p) => !used.has(p.id));
  if (found) used.add(found.id);
  return found ?? null;
}

export function matchLineage(planned: readonly PlannedPost[], plannedGrades: readonly PlannedGrade[], current: readonly Post[], grades: readonly Grade[]): LineageMatch {
  const byId = new Map(current.map((p) => [p.id, p]));
  const gradeCode = new Map(grades.map((g) => [g.id, g.code]));
  const refIndex = new Map<string, Post[]>();
  const groupIndex = new Map<string, Post[]>();
  const looseIndex = new Map<string, Post[]>();
  const add = (index: Map<string, Post[]>, key: string, p: Post) => {
    const list = index.get(key);
    if (list) list.push(p);
    else index.set(key, [p]);
  };
  let holding: Post | null = null;
  for (const p of current) {
    if (p.holding) {
      holding ??= p;
      continue;
    }
    if (p.ref && p.ref !== '0') {
      add(refIndex, p.ref, p);
      continue;
    }
    const managerRef = p.managerId ? (byId.get(p.managerId)?.ref ?? '') : '';
    const base = `${managerRef}|${norm(p.gradeId ? (gradeCode.get(p.gradeId) ?? '') : '')}|${norm(p.title)}`;
    add(groupIndex, `${base}|${norm(p.team)}`, p);
    add(looseIndex, base, p);
  }
  const used = new Set<Id>();
  const lineage = new Map<number, Id>();
  let byRef = 0;
  let byGroup = 0;
  for (const p of planned) {
    if (p.kind === 'holding') {
      if (holding) lineage.set(p.key, holding.lineageId);
      continue;
    }
    if (!p.ref || p.ref === '0') continue;
    const m = take(refIndex, p.ref, used);
    if (m) {
      lineage.set(p.key, m.lineageId);
      byRef++;
    }
  }
  // Groups: first with the same team, then (teams are often renamed) without it.
  const groups = planned.filter((p) => p.kind === 'group' && p.matchKey);
  const loose: PlannedPost[] = [];
  for (const p of groups) {
    const m = take(groupIndex, groupKey(p, plannedGrades, true), used);
    if (m) {
      lineage.set(p.key, m.lineageId);
      byGroup++;
    } else loose.push(p);
  }
  for (const p of loose) {
    const m = take(looseIndex, groupKey(p, plannedGrades, false), used);
    if (m) {
      lineage.set(p.key, m.lineageId);
      byGroup++;
    }
  }
  return { lineage, byRef, byGroup };
}

function groupKey(p: PlannedPost, grades: readonly PlannedGrade[], withTeam: boolean): string {
  const managerRef = p.matchKey!.split('|')[0]!;
  const base = `${managerRef}|${norm(p.grade === null ? '' : grades[p.grade]!.code)}|${norm(p.title)}`;
  return withTeam ? `${base}|${norm(p.team)}` : base;
}
