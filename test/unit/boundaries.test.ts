// The parts keep to their places: shared/ is pure (no Node, DOM or Electron), the renderer
// reaches nothing of Node or Electron, and only the thin shell imports Electron at run time.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imports, root, sources } from '../helpers/importGraph';

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const resolvesInto = (file: string, spec: string, dir: string) =>
  spec.startsWith('.') && path.resolve(root, path.dirname(file), spec).startsWith(path.join(root, dir) + path.sep);

describe('module boundaries', () => {
  it('shared/ imports nothing from Node, the DOM, Electron, or the other parts', () => {
    const bad: string[] = [];
    for (const f of sources('shared')) {
      for (const spec of imports(f, true)) {
        if (builtins.has(spec) || spec === 'electron' || spec.startsWith('react') || resolvesInto(f, spec, 'electron') || resolvesInto(f, spec, 'renderer'))
          bad.push(`${f}: ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('shared/ is type-checked without Node or DOM globals', () => {
    // `npm run typecheck` compiles shared/ with this configuration, so a use of `window`,
    // `document`, `process` or `Buffer` there is a type error.
    const config = JSON.parse(fs.readFileSync(path.join(root, 'shared', 'tsconfig.json'), 'utf8')) as {
      compilerOptions: { lib: string[]; types: string[] };
    };
    expect(config.compilerOptions.types).toEqual([]);
    expect(config.compilerOptions.lib.some((l) => /dom/i.test(l))).toBe(false);
  });

  it('renderer/ imports nothing from Node or Electron', () => {
    const bad: string[] = [];
    for (const f of sources('renderer')) {
      for (const spec of imports(f)) {
        if (builtins.has(spec) || spec === 'electron' || spec.startsWith('electron/') || resolvesInto(f, spec, 'electron')) bad.push(`${f}: ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('only the shell imports Electron at run time', () => {
    const users = sources('electron').filter((f) => imports(f).includes('electron'));
    expect(users.sort()).toEqual(['electron/main.ts', 'electron/preload.ts']);
  });

  it('compare sits above diff and costing: neither imports compare, nor each other', () => {
    const bad: string[] = [];
    const rules: [string, string[]][] = [
      ['shared/diff', ['shared/compare', 'shared/costing']],
      ['shared/costing', ['shared/compare', 'shared/diff']],
    ];
    for (const [dir, forbidden] of rules)
      for (const f of sources(dir))
        for (const spec of imports(f, true)) if (forbidden.some((d) => resolvesInto(f, spec, d))) bad.push(`${f}: ${spec}`);
    expect(bad).toEqual([]);
  });

  it('the chart core uses no framework, no page and no store: the store calls it, not the other way round', () => {
    const bad: string[] = [];
    const core = path.join('renderer', 'src', 'chart', 'core');
    for (const f of sources(core)) {
      for (const spec of imports(f, true))
        if (spec.startsWith('react') || spec.startsWith('@xyflow') || resolvesInto(f, spec, path.join('renderer', 'src', 'store'))) bad.push(`${f}: ${spec}`);
      if (/\b(document|window|requestAnimationFrame)\s*[.(]/.test(fs.readFileSync(path.join(root, f), 'utf8'))) bad.push(`${f}: touches the page`);
      // Memos keyed weakly by their (unchanging) inputs are allowed; state that outlives a call is not.
      if (/^(let|var) |^(export )?const \w+ = new (Map|Set)\b/m.test(fs.readFileSync(path.join(root, f), 'utf8'))) bad.push(`${f}: keeps state at module level`);
    }
    expect(sources(core).length).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });

  it('the renderer keeps no state at module level beyond the one installed store', () => {
    // Memos are kept with the objects they were worked out from (WeakMap), so two windows or the
    // two sides of a split view never share or evict each other's answers.
    const moduleState = /^(let|var) /m;
    const allowed = new Set([path.join('renderer', 'src', 'store', 'index.ts')]);
    const bad = sources('renderer').filter((f) => !allowed.has(f) && moduleState.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(bad).toEqual([]);
    expect(moduleState.test('let cache: Thing | null = null;')).toBe(true);
  });

  it('the renderer\'s store touches no page: the window reacts to what it holds', () => {
    const page = /(^|[^.\w'"`])((document|window)\.|requestAnimationFrame\()/m;
    const bad = sources(path.join('renderer', 'src', 'store')).filter((f) => page.test(fs.readFileSync(path.join(root, f), 'utf8').replace(/\/\/.*$/gm, '')));
    expect(bad).toEqual([]);
    expect(page.test("const el = document.getElementById('x');")).toBe(true);
    expect(page.test('changes.document.structures')).toBe(false);
  });

  it('SQL is written only in electron/store', () => {
    const sqlText = /['"`]\s*(SELECT|INSERT INTO|UPDATE\s+\w+\s+SET|DELETE FROM|CREATE TABLE|PRAGMA)\b/;
    const sqlCall = /\.(prepare|pragma)\(/;
    const bad: string[] = [];
    for (const part of ['electron', 'renderer', 'shared'])
      for (const f of sources(part)) {
        if (f.startsWith(path.join('electron', 'store') + path.sep)) continue;
        const text = fs.readFileSync(path.join(root, f), 'utf8');
        if (sqlText.test(text) || sqlCall.test(text)) bad.push(f);
      }
    expect(bad).toEqual([]);
    expect(sqlText.test("db.prepare('SELECT id FROM posts')") && sqlCall.test('db.prepare(')).toBe(true);
  });

  it('finds imports the way the checks above rely on', () => {
    expect(imports('electron/main.ts')).toContain('electron');
    expect(imports('renderer/src/main.tsx')).toContain('react-dom/client');
  });
});
