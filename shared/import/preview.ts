// The planned structure in reporting order, for the preview: the first posts of it, indented.
import type { PreviewPost } from './api';
import type { ImportPlan } from './types';

export function previewPosts(plan: ImportPlan, matched: ReadonlySet<number>, limit = 400): PreviewPost[] {
  const kids = new Map<number | null, number[]>();
  for (const p of plan.posts) {
    const list = kids.get(p.manager);
    if (list) list.push(p.key);
    else kids.set(p.manager, [p.key]);
  }
  const byKey: ImportPlan['posts'] = [];
  for (const p of plan.posts) byKey[p.key] = p;
  const out: PreviewPost[] = [];
  const stack: [number, number][] = (kids.get(null) ?? []).map((k) => [k, 0] as [number, number]).reverse();
  const seen = new Set<number>();
  while (stack.length > 0 && out.length < limit) {
    const [key, level] = stack.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    const p = byKey[key]!;
    out.push({
      title: p.title,
      ref: p.ref,
      grade: p.grade === null ? '' : plan.grades[p.grade]!.code,
      fte: p.fteE4 / 10_000,
      level,
      vacant: p.vacant,
      kind: p.kind,
      postholders: p.postholders.length,
      matched: matched.has(key),
    });
    const c = kids.get(key) ?? [];
    for (let i = c.length - 1; i >= 0; i--) stack.push([c[i]!, level + 1]);
  }
  return out;
}
