// Reading a document's settings and checking the arguments of a read-only call without zod must give
// exactly what the zod schemas give: the same value when they take it (trimmed, defaults filled in),
// a refusal (the fallback) when they do not. Compared on many generated values near every limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickInput } from '../../shared/api/quickInput';
import { schemas } from '../../shared/api/schemas';
import { DEFAULT_EQUALITY, equalityOf, readEqualityCharacteristics, readEqualityProfile } from '../../shared/equality/profile';
import { equalityCharacteristicsSchema, equalityProfileSchema } from '../../shared/equality/profileSchema';
import { designRulesOf, NO_DESIGN_RULES, readDesignRules } from '../../shared/shape/designRules';
import { designRulesSchema } from '../../shared/shape/designRulesSchema';

const RUNS = 3000;
const pad = (s: string) => fc.constantFrom(s, ` ${s}`, `${s} `, ` ${s}  `);
const oddValue = fc.oneof(
  fc.constantFrom(null, undefined, true, false, '', ' ', 'x', [], {}, NaN, Infinity, -Infinity, -0, 0.5, -1, 1e12),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 5 }),
);
const number = (limits: number[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...limits.flatMap((n) => [n, n - 1, n + 1, n + 0.5, n - 0.00001, n + 0.00005])) },
    { weight: 1, arbitrary: fc.double({ min: -10, max: 1e12, noNaN: true }) },
    { weight: 1, arbitrary: oddValue },
  );
const maybeNull = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) });
const idLike = fc.oneof({ weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) }, { weight: 1, arbitrary: fc.constantFrom('', 'g'.repeat(64), 'g'.repeat(65)) }, { weight: 1, arbitrary: oddValue });
const titleLike = fc.oneof(
  { weight: 4, arbitrary: pad('Director') },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', 't'.repeat(200), ` ${'t'.repeat(200)} `, 't'.repeat(201)) },
  { weight: 1, arbitrary: oddValue },
);
/** An object of these fields, some left out at times, now and then with a key no schema knows. */
function objectOf(fields: Record<string, fc.Arbitrary<unknown>>, optional = 0.1): fc.Arbitrary<unknown> {
  const keys = Object.keys(fields);
  return fc
    .tuple(
      fc.record(fields),
      fc.array(fc.constantFrom(...keys), { maxLength: 1 }).filter(() => true),
      fc.oneof({ weight: 12, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('extra', '__proto__', 'toString') }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    )
    .map(([rec, drop, extra, roll]) => {
      const out: Record<string, unknown> = { ...(rec as Record<string, unknown>) };
      if (roll < optional) for (const k of drop) delete out[k];
      if (extra) Object.defineProperty(out, extra, { value: 1, enumerable: true, configurable: true, writable: true });
      return out;
    });
}
const listOf = (item: fc.Arbitrary<unknown>, max: number) =>
  fc.oneof({ weight: 6, arbitrary: fc.array(item, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(item, { minLength: max, maxLength: max + 1 }) }, { weight: 1, arbitrary: oddValue });

/** Mostly a value the schema takes, now and then one near or past its limits. */
const near = (valid: fc.Arbitrary<unknown>, odd: fc.Arbitrary<unknown>) => fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: odd });
const postMatch = near(fc.oneof(fc.record({ grade: fc.constantFrom('g1', 'g2') }), fc.record({ title: pad('Director') })), fc.oneof(objectOf({ grade: idLike }), objectOf({ title: titleLike }), objectOf({ grade: idLike, title: titleLike }), oddValue));
const whole = (min: number, max: number) => fc.integer({ min, max });
const designRules = fc.oneof(
  { weight: 1, arbitrary: oddValue },
  {
    weight: 12,
    arbitrary: objectOf({
      spanMin: near(maybeNull(whole(1, 10)), number([1, 10_000])),
      spanMax: near(maybeNull(whole(5, 10_000)), number([1, 10_000])),
      maxLayers: near(maybeNull(whole(0, 100)), number([0, 100])),
      ratios: near(fc.array(near(fc.record({ count: whole(1, 1000), posts: postMatch, per: whole(1, 1000), of: postMatch }), objectOf({ count: number([1, 1000]), posts: postMatch, per: number([1, 1000]), of: postMatch })), { maxLength: 2 }), listOf(fc.constant({ count: 1, posts: { grade: 'g' }, per: 1, of: { grade: 'h' } }), 50)),
      reportsUp: near(fc.array(near(fc.record({ grade: fc.constant('g1'), atLeast: maybeNull(fc.constant('g2')) }), objectOf({ grade: idLike, atLeast: maybeNull(idLike) })), { maxLength: 2 }), listOf(fc.constant({ grade: 'g', atLeast: null }), 50)),
      maxCostPence: near(maybeNull(whole(0, 100_000_000_000)), number([0, 100_000_000_000])),
      maxFte: near(maybeNull(fc.constantFrom(0.0001, 1, 12.3456, 10_000_000)), number([0, 0.0001, 12.3456, 10_000_000])),
    }, 0.02),
  },
);

const category = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('Female', 'female', ' Male', 'Part time ', 'Not recorded', ' not RECORDED') },
  { weight: 1, arbitrary: fc.constantFrom('', '  ', 'c'.repeat(80), 'c'.repeat(81), ` ${'c'.repeat(80)} `) },
  { weight: 1, arbitrary: oddValue },
);
const characteristic = objectOf({
  id: fc.oneof({ weight: 5, arbitrary: fc.constantFrom('age', 'sex', 'age-2', 'a'.repeat(40)) }, { weight: 1, arbitrary: fc.constantFrom('Age', '', 'a'.repeat(41), 'a b') }, { weight: 1, arbitrary: oddValue }),
  name: fc.oneof({ weight: 5, arbitrary: fc.constantFrom('Sex', ' sex', 'Age band', 'Working pattern ') }, { weight: 1, arbitrary: fc.constantFrom('', 'n'.repeat(60), 'n'.repeat(61)) }, { weight: 1, arbitrary: oddValue }),
  categories: listOf(category, 30),
}, 0.05);
const characteristics = fc.oneof({ weight: 8, arbitrary: listOf(characteristic, 20) }, { weight: 1, arbitrary: fc.constant(DEFAULT_EQUALITY) });

const answers = fc.oneof(
  { weight: 6, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom('sex', 'age', 'k'.repeat(40), 'k'.repeat(41), '__proto__', '12'), fc.string({ maxLength: 3 })), fc.oneof(fc.constantFrom('Female', 'a'.repeat(80), 'a'.repeat(81)), oddValue), { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.constant('x'), { minKeys: 19, maxKeys: 22 }) },
  { weight: 1, arbitrary: oddValue },
);

/** Both readers on one value, as it is and as it comes back from JSON (the form a document stores). */
function same<T>(value: unknown, zodParse: (v: unknown) => { success: boolean; data?: T }, read: (v: unknown) => T | null, tally: { ok: number; refused: number }) {
  for (const v of [value, value === undefined ? undefined : JSON.parse(JSON.stringify(value) ?? 'null')]) {
    const z = zodParse(v);
    const r = read(v);
    expect(r).toEqual(z.success ? z.data : null);
    if (z.success) tally.ok++;
    else tally.refused++;
  }
}

/** A reader agrees with its schema on every generated value, and both outcomes are well represented. */
function agrees<T>(values: fc.Arbitrary<unknown>, zodParse: (v: unknown) => { success: boolean; data?: T }, read: (v: unknown) => T | null): void {
  const tally = { ok: 0, refused: 0 };
  fc.assert(fc.property(values, (v) => same(v, zodParse, read, tally)), { numRuns: RUNS });
  expect(tally.ok).toBeGreaterThan(RUNS / 20);
  expect(tally.refused).toBeGreaterThan(RUNS / 20);
}

describe('settings read without zod', () => {
  it('design rules: the same rules as designRulesSchema, or a refusal where it refuses', () => {
    agrees(designRules, (x) => designRulesSchema.safeParse(x), readDesignRules);
  });

  it('equality characteristics: the same as equalityCharacteristicsSchema (trimmed), or a refusal', () => {
    agrees(characteristics, (x) => equalityCharacteristicsSchema.safeParse(x), readEqualityCharacteristics);
  });

  it("a person's answers: the same as equalityProfileSchema, or a refusal", () => {
    agrees(answers, (x) => equalityProfileSchema.safeParse(x), readEqualityProfile);
  });

  it('hand-worked cases', () => {
    const rules = { spanMin: 3, spanMax: 8, maxLayers: 0, ratios: [{ count: 1, posts: { title: '  Executive Support Officer ' }, per: 2, of: { grade: 'g-dir' } }], reportsUp: [{ grade: 'g1', atLeast: null }], maxCostPence: 0, maxFte: 12.3456 };
    expect(designRulesOf({ designRules: rules })).toEqual({ ...rules, ratios: [{ count: 1, posts: { title: 'Executive Support Officer' }, per: 2, of: { grade: 'g-dir' } }] });
    // The smallest span above the largest, a fifth decimal, a key too many: no rules.
    expect(designRulesOf({ designRules: { ...rules, spanMin: 9 } })).toBe(NO_DESIGN_RULES);
    expect(designRulesOf({ designRules: { ...rules, maxFte: 12.34561 } })).toBe(NO_DESIGN_RULES);
    expect(designRulesOf({ designRules: { ...rules, colour: 'red' } })).toBe(NO_DESIGN_RULES);
    expect(designRulesOf({})).toBe(NO_DESIGN_RULES);
    expect(equalityOf({ equality: [{ id: 'sex', name: ' Sex ', categories: ['Female ', 'Male'] }] })).toEqual([{ id: 'sex', name: 'Sex', categories: ['Female', 'Male'] }]);
    expect(equalityOf({ equality: [{ id: 'sex', name: 'Sex', categories: ['Female', ' female'] }] })).toEqual(DEFAULT_EQUALITY);
    expect(readEqualityProfile(JSON.parse('{"sex":"Female","__proto__":"x"}'))).toEqual({ sex: 'Female' });
    expect(readEqualityProfile({ sex: 3 })).toBeNull();
  });
});

describe('the quick argument check of read-only calls', () => {
  const path = fc.oneof({ weight: 5, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) }, { weight: 1, arbitrary: fc.constantFrom('', 'a\0b', 'p'.repeat(4096), 'p'.repeat(4097)) }, { weight: 1, arbitrary: oddValue });
  const flag = fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: oddValue });
  const cases = {
    openDocument: fc.oneof({ weight: 9, arbitrary: objectOf({ path, readOnly: flag, upgrade: flag, takeOver: flag }, 0.5) }, { weight: 1, arbitrary: oddValue }),
    getStructure: fc.oneof({ weight: 9, arbitrary: objectOf({ structureId: idLike }, 0.05) }, { weight: 1, arbitrary: oddValue }),
  } as const;
  for (const [method, arb] of Object.entries(cases) as [keyof typeof cases, fc.Arbitrary<unknown>][]) {
    it(`${method}: what it takes, the schema takes alike; everything else goes to the schema`, () => {
      const schema = method === 'openDocument' ? schemas.openDocument : schemas.structureId;
      let quick = 0;
      fc.assert(
        fc.property(arb, (arg) => {
          const q = quickInput(method, arg);
          if (q === undefined) return;
          quick++;
          const z = schema.safeParse(arg ?? {});
          expect(z.success).toBe(true);
          expect(q).toEqual(z.data);
        }),
        { numRuns: RUNS },
      );
      expect(quick).toBeGreaterThan(RUNS / 10);
    });
  }

  it('takes the command line’s own calls, and leaves other methods to the schemas', () => {
    expect(quickInput('openDocument', { path: '/tmp/a.establish', readOnly: true })).toEqual({ path: '/tmp/a.establish', readOnly: true, upgrade: false, takeOver: false });
    expect(quickInput('getStructure', { structureId: 's1' })).toEqual({ structureId: 's1' });
    expect(quickInput('openDocument', { path: '' })).toBeUndefined();
    expect(quickInput('getStructure', { structureId: 's1', extra: 1 })).toBeUndefined();
    expect(quickInput('updateSettings', { patch: {} })).toBeUndefined();
  });
});
