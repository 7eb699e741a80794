// Checks a structure against the document's design rules. Each breach says what is wrong in a
// sentence and names the posts concerned (none for a rule on the whole structure, such as its cost).
import { formatFte, formatPounds } from '../model/money';
import type { Grade, Id } from '../model/types';
import type { DesignRules, PostMatch } from './designRules';
import { postNumber, structureSpans, type ShapePost } from './spans';

export type RuleKind = 'span' | 'layers' | 'ratio' | 'reports' | 'cost' | 'fte';

export interface RuleBreach {
  rule: RuleKind;
  message: string;
  postIds: Id[];
}

export interface RuleSubject {
  posts: readonly ShapePost[];
  /** The structure's full-year cost with on-costs (the costing engine's), pence. */
  costPence: number;
  /** The structure's FTE in ten-thousandths (the costing engine's). */
  fteUnits: number;
}

/** A grade's rank: its top salary, then its place in the grade table (higher is more senior). */
export function gradeRank(grades: readonly Grade[]): (gradeId: Id | null) => [number, number] | null {
  const rank = new Map(grades.map((g) => [g.id, [Math.max(0, ...g.points.map((p) => p.salaryPence)), g.sortOrder] as [number, number]]));
  return (id) => (id === null ? null : (rank.get(id) ?? null));
}

const higher = (a: [number, number], b: [number, number]) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
const atLeast = (a: [number, number], b: [number, number]) => !higher(b, a);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const normal = (t: string) => t.trim().replace(/\s+/g, ' ').toLowerCase();

export function matchLabel(m: PostMatch, grades: readonly Grade[]): string {
  if ('title' in m) return `"${m.title}"`;
  const g = grades.find((x) => x.id === m.grade);
  return g ? `grade ${g.code}` : 'a grade no longer in the grade table';
}

function matches(m: PostMatch, p: ShapePost): boolean {
  return 'title' in m ? normal(p.title) === normal(m.title) : p.gradeId === m.grade;
}

export function checkDesignRules(rules: DesignRules, subject: RuleSubject, grades: readonly Grade[]): RuleBreach[] {
  const posts = subject.posts.filter((p) => !p.holding);
  const byId = new Map(posts.map((p) => [p.id, p]));
  const out: RuleBreach[] = [];
  const shape = structureSpans(posts);
  const titled = (ids: Id[]) => ids.map((id) => `"${byId.get(id)?.title ?? id}"`);
  const listed = (ids: Id[]) => {
    const t = titled(ids);
    return t.length <= 5 ? t.join(', ') : `${t.slice(0, 5).join(', ')} and ${t.length - 5} more`;
  };

  for (const m of shape.managers) {
    if (rules.spanMin !== null && m.span < rules.spanMin)
      out.push({ rule: 'span', message: `"${m.title}" manages ${plural(m.span, 'post')}, fewer than ${rules.spanMin}.`, postIds: [m.postId] });
    if (rules.spanMax !== null && m.span > rules.spanMax)
      out.push({ rule: 'span', message: `"${m.title}" manages ${plural(m.span, 'post')}, more than ${rules.spanMax}.`, postIds: [m.postId] });
  }

  if (rules.maxLayers !== null && shape.layers > rules.maxLayers) {
    const deep = posts.filter((p) => (shape.layerOf.get(p.id) ?? 0) > rules.maxLayers!).map((p) => p.id);
    out.push({ rule: 'layers', message: `${plural(shape.layers, 'layer')} below the top post, more than ${rules.maxLayers}: ${listed(deep)} ${deep.length === 1 ? 'sits' : 'sit'} below the last layer allowed.`, postIds: deep });
  }

  for (const r of rules.ratios) {
    const these = posts.filter((p) => matches(r.posts, p));
    const those = posts.filter((p) => matches(r.of, p));
    const a = these.reduce((n, p) => n + postNumber(p), 0);
    const b = those.reduce((n, p) => n + postNumber(p), 0);
    // At most r.count of these for every r.per of those: a / b <= count / per.
    if (a * r.per > r.count * b) {
      const allowed = Math.floor((r.count * b) / r.per);
      out.push({
        rule: 'ratio',
        message: `${plural(a, 'post')} ${a === 1 ? 'is' : 'are'} ${matchLabel(r.posts, grades)} for ${b} ${matchLabel(r.of, grades)}: the rule allows ${r.count} for every ${r.per}, so at most ${allowed}.`,
        postIds: these.map((p) => p.id),
      });
    }
  }

  const rank = gradeRank(grades);
  for (const r of rules.reportsUp) {
    const own = rank(r.grade);
    const floor = r.atLeast === null ? null : rank(r.atLeast);
    const wrong = posts.filter((p) => {
      if (p.gradeId !== r.grade) return false;
      const m = p.managerId === null ? undefined : byId.get(p.managerId);
      const theirs = m ? rank(m.gradeId) : null;
      if (!theirs) return true;
      return floor ? !atLeast(theirs, floor) : own ? !higher(theirs, own) : false;
    });
    if (wrong.length) {
      const needed = r.atLeast === null ? 'a higher grade' : `${matchLabel({ grade: r.atLeast }, grades)} or higher`;
      out.push({ rule: 'reports', message: `${listed(wrong.map((p) => p.id))} on ${matchLabel({ grade: r.grade }, grades)} ${wrong.length === 1 ? 'does' : 'do'} not report to ${needed}.`, postIds: wrong.map((p) => p.id) });
    }
  }

  if (rules.maxCostPence !== null && subject.costPence > rules.maxCostPence)
    out.push({ rule: 'cost', message: `The full-year cost, ${formatPounds(subject.costPence)}, is more than ${formatPounds(rules.maxCostPence)}.`, postIds: [] });
  if (rules.maxFte !== null && subject.fteUnits > Math.round(rules.maxFte * 10_000))
    out.push({ rule: 'fte', message: `The structure has ${formatFte(subject.fteUnits / 10_000)} FTE, more than ${formatFte(rules.maxFte)}.`, postIds: [] });
  return out;
}
