// The window's page loads no zod: its few checks of what the user types (an FTE, a date) and its
// fields' labels come from plain modules, which must say exactly what the API's schemas say. Loading
// and building every schema was a part of the page's start. The page's imports are followed through
// esbuild's view of its bundle, statically (a dynamic import() is loaded only when it runs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldLabel, POST_FIELD_LABELS } from '../../shared/model/fieldLabels';
import { isIsoDate } from '../../shared/model/dates';
import { fteProblem } from '../../shared/model/fte';
import { POST_FIELDS } from '../../shared/model/postFields';
import { fteSchema, isoDateSchema, postFteSchema } from '../../shared/model/valueSchemas';
import { chainsTo, staticallyLoaded } from '../helpers/staticImports';

const PAGE = 'renderer/src/main.tsx';
const pageLoads = (starts: string[]) =>
  staticallyLoaded(PAGE, starts, {
    platform: 'browser',
    jsx: 'automatic',
    loader: { '.css': 'empty', '.svg': 'empty', '.png': 'empty', '.woff2': 'empty' },
    // The compare worker is a script of its own, started when a comparison is first worked out.
    plugins: [
      {
        name: 'workers',
        setup(b) {
          b.onResolve({ filter: /\?worker/ }, (a) => ({ path: a.path, namespace: 'worker' }));
          b.onLoad({ filter: /.*/, namespace: 'worker' }, () => ({ contents: 'export default class {}', loader: 'js' }));
        },
      },
    ],
  });

describe("the window's page", () => {
  it('loads no zod', async () => {
    const loaded = await pageLoads([PAGE]);
    // The walk does reach the inspector and its checks.
    expect(loaded.has('renderer/src/components/posts/Inspector.tsx')).toBe(true);
    expect(loaded.has('shared/model/fte.ts')).toBe(true);
    expect(chainsTo(loaded, 'zod')).toEqual([]);
  }, 60_000);

  it('would load it through the API schemas', async () => {
    const loaded = await pageLoads([PAGE, 'shared/api/schemas.ts']);
    expect(chainsTo(loaded, 'zod').length).toBeGreaterThan(0);
  }, 60_000);
});

const firstIssue = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? null : r.error!.issues[0]!.message);

describe('checks made without zod', () => {
  it("say of an FTE what the API's FTE schemas say", () => {
    const limits = [0, 1, 1000, 1_000_000];
    const near = fc.constantFrom(...limits.flatMap((n) => [n, -n, n - 1, n + 1, n + 0.5, n - 0.00001, n + 0.00005, n + 0.0001, n - 0.0001]));
    const odd = fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.12345, 1e-7, 0.1 + 0.2, 1.0001, 999.99995, 1e300);
    fc.assert(
      fc.property(fc.oneof(near, odd, fc.double({ min: -10, max: 2e6, noNaN: false }), fc.integer({ min: -5, max: 2_000_000 }).map((n) => n / 10_000)), fc.boolean(), (n, grouped) => {
        expect(fteProblem(n, grouped)).toBe(firstIssue((grouped ? postFteSchema : fteSchema).safeParse(n)));
      }),
      { numRuns: 5000 },
    );
  });

  it("take a date as the API's date schema takes it", () => {
    const parts = fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 }));
    const written = parts.chain(([y, m, d]) =>
      fc.constantFrom(
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        `${y}-${m}-${d}`,
        ` ${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`,
      ),
    );
    const odd = fc.constantFrom('2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2026-04-31', '2026-12-31', '0000-01-01', '', '2026-1-01', '２０２６-01-01');
    fc.assert(
      fc.property(fc.oneof(written, odd, fc.string({ maxLength: 12 })), (s) => {
        expect(isIsoDate(s)).toBe(isoDateSchema.safeParse(s).success);
      }),
      { numRuns: 5000 },
    );
  });

  it('label every field of a post as its schema does', () => {
    expect(Object.keys(POST_FIELD_LABELS).sort()).toEqual(Object.keys(POST_FIELDS).sort());
    for (const [k, f] of Object.entries(POST_FIELDS)) expect(fieldLabel(k as keyof typeof POST_FIELD_LABELS)).toBe(f.label);
  });
});
