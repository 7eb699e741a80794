// What the "Mark spans & rules" overlay says about each post of a structure: a span
// outside the document's range, and each design rule the post breaches. Worked out once per
// version of the structure's posts and of the document's rules and rates.
import { costStructure } from '../../../shared/costing/structureCost';
import { establishmentPosts } from '../../../shared/model/establishment';
import type { Id, Post } from '../../../shared/model/types';
import { designRulesOf } from '../../../shared/shape/designRules';
import { checkDesignRules } from '../../../shared/shape/ruleCheck';
import { DEFAULT_SPAN_RANGE, spansOutside, structureSpans } from '../../../shared/shape/spans';
import { costContext, postList } from '../store/selectors';
import type { AppState } from '../store/types';

export interface ShapeMark {
  /** Short, shown on the card: "Span 2" or "Breaks a rule". */
  label: string;
  /** Every reason in full, for the card's accessible description and tooltip. */
  description: string;
}

const cache = new WeakMap<Record<Id, Post>, { key: readonly unknown[]; marks: ReadonlyMap<Id, ShapeMark> }>();

export function shapeMarks(s: AppState, sid: Id): ReadonlyMap<Id, ShapeMark> | null {
  const posts = s.structures[sid]?.posts;
  const doc = s.doc;
  const ctx = costContext(s);
  if (!s.markShape || !posts || !doc || !ctx) return null;
  const key = [doc.settings, doc.grades, ctx];
  const hit = cache.get(posts);
  if (hit && hit.key.every((k, i) => k === key[i])) return hit.marks;
  const list = establishmentPosts(postList(posts));
  const rules = designRulesOf(doc.settings);
  const range = { min: rules.spanMin ?? DEFAULT_SPAN_RANGE.min, max: rules.spanMax ?? DEFAULT_SPAN_RANGE.max };
  const spans = structureSpans(list);
  const notes = new Map<Id, { span: number | null; reasons: string[] }>();
  const note = (id: Id) => {
    let n = notes.get(id);
    if (!n) notes.set(id, (n = { span: null, reasons: [] }));
    return n;
  };
  for (const m of spansOutside(spans, range)) {
    const n = note(m.postId);
    n.span = m.span;
    n.reasons.push(`span of ${m.span} is ${m.span < range.min ? `under ${range.min}` : `over ${range.max}`}`);
  }
  const totals = costStructure(list, ctx).totals;
  for (const b of checkDesignRules(rules, { posts: list, costPence: totals.costPence, fteUnits: totals.fteUnits }, doc.grades)) {
    // A span breach says the same as the range mark above.
    if (b.rule === 'span') continue;
    for (const id of b.postIds) note(id).reasons.push(`breaks a design rule: ${b.message}`);
  }
  const marks = new Map<Id, ShapeMark>();
  for (const [id, n] of notes) marks.set(id, { label: n.span !== null ? `Span ${n.span}` : 'Breaks a rule', description: n.reasons.join('; ') });
  cache.set(posts, { key, marks });
  return marks;
}

/** The mark of a card (the first of its posts that has one), or null. */
export function cardShapeMark(s: AppState, sid: Id, postIds: readonly Id[]): ShapeMark | null {
  const marks = shapeMarks(s, sid);
  if (!marks) return null;
  for (const id of postIds) {
    const m = marks.get(id);
    if (m) return m;
  }
  return null;
}
