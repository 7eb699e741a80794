// The project's import graph, read from the source text: which file imports which. Used by the
// boundaries tests, and runnable on its own to print every import circle:
//   npx tsx test/helpers/importGraph.ts            (circles only)
//   npx tsx test/helpers/importGraph.ts --edges    (every edge inside a circle as well)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The parts of the project whose imports are checked. */
export const PARTS = ['electron', 'renderer', 'shared', 'test'] as const;

export function sources(dir: string): string[] {
  const out: string[] = [];
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return out;
  for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') out.push(...sources(rel));
    } else if (/\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

export interface ImportRef {
  spec: string;
  /** `import type` and `export type`: gone at run time, but still a dependency of the design. */
  typeOnly: boolean;
}

const IMPORT_RE =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

/** Every import and re-export specifier of a file. */
export function importRefs(file: string): ImportRef[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const found: ImportRef[] = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[3] ?? m[4] ?? m[5] ?? m[6];
    if (spec) found.push({ spec, typeOnly: !!m[2] });
  }
  return found;
}

/** Import specifiers; type-only ones are left out unless asked for. */
export function imports(file: string, includeTypes = false): string[] {
  return importRefs(file)
    .filter((r) => includeTypes || !r.typeOnly)
    .map((r) => r.spec);
}

/** The project file a relative specifier names, or null (a package, or not a source file). */
export function resolveImport(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(root, path.dirname(file), spec);
  const stripped = base.replace(/\.(js|mjs|cjs)$/, '');
  for (const candidate of [base, `${stripped}.ts`, `${stripped}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (/\.(ts|tsx)$/.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return path.relative(root, candidate);
  }
  return null;
}

/** file -> the project files it imports (type-only imports included: they tie the design together). */
export function importGraph(parts: readonly string[] = PARTS): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const part of parts) {
    for (const f of sources(part)) {
      const to = new Set<string>();
      for (const r of importRefs(f)) {
        const target = resolveImport(f, r.spec);
        if (target) to.add(target);
      }
      graph.set(f, [...to].sort());
    }
  }
  return graph;
}

/**
 * The import circles: each strongly connected group of files (Tarjan's algorithm), largest first,
 * each with its files sorted. A file importing itself is a circle of one.
 */
export function importCircles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (start: string) => {
    // Iterative, so a long chain of imports cannot overflow the call stack.
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const edges = graph.get(top.node) ?? [];
      if (top.next < edges.length) {
        const to = edges[top.next++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) low.set(top.node, Math.min(low.get(top.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        const group: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          group.push(n);
        } while (n !== top.node);
        if (group.length > 1 || (graph.get(top.node) ?? []).includes(top.node)) groups.push(group.sort());
      }
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

/** One shortest path round a circle, from its first file back to it: the imports to cut. */
export function shortestLoop(graph: Map<string, string[]>, group: readonly string[]): string[] {
  const inGroup = new Set(group);
  const start = group[0]!;
  const from = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    for (const to of graph.get(n) ?? []) {
      if (!inGroup.has(to)) continue;
      if (to === start) {
        const loop = [start];
        for (let at: string | undefined = n; at !== undefined && at !== start; at = from.get(at)) loop.splice(1, 0, at);
        return [...loop, start];
      }
      if (!from.has(to)) {
        from.set(to, n);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

/** The circles in words, one block per circle: its files, a shortest loop and (optionally) its edges. */
export function describeCircles(graph: Map<string, string[]>, circles: readonly string[][], withEdges = false): string {
  if (circles.length === 0) return 'No import circles.';
  const blocks = circles.map((group, i) => {
    const inGroup = new Set(group);
    const lines = [`Circle ${i + 1}: ${group.length} file${group.length === 1 ? '' : 's'}`, ...group.map((f) => `  ${f}`)];
    lines.push(`  one loop: ${shortestLoop(graph, group).join(' -> ')}`);
    if (withEdges)
      for (const f of group) for (const to of graph.get(f) ?? []) if (inGroup.has(to)) lines.push(`  ${f} -> ${to}`);
    return lines.join('\n');
  });
  return `${circles.length} import circle${circles.length === 1 ? '' : 's'}:\n\n${blocks.join('\n\n')}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = importGraph();
  const edges = [...graph.values()].reduce((n, to) => n + to.length, 0);
  console.log(`${graph.size} files, ${edges} imports between them.`);
  console.log(describeCircles(graph, importCircles(graph), process.argv.includes('--edges')));
}
