// Splitting whole pence (or FTE units) into parts that add up exactly. Each part is its exact
// share rounded down, and the pennies left over go to the parts that lost most in rounding (the
// largest-remainder method), so a total and the sum of its lines never disagree by a penny.

/** n / den as a whole quotient and remainder, guarding against the float division landing one off near a whole number. */
function floorDiv(n: number, den: number): { q: number; rem: number } {
  let q = Math.floor(n / den);
  let rem = n - q * den;
  if (rem < 0) {
    q -= 1;
    rem += den;
  } else if (rem >= den) {
    q += 1;
    rem -= den;
  }
  return { q, rem };
}

/** numerator / den rounded to the nearest integer, halves away from zero. `den` > 0. */
export function roundDiv(numerator: number, den: number): number {
  const sign = numerator < 0 ? -1 : 1;
  const { q, rem } = floorDiv(Math.abs(numerator), den);
  return sign * (2 * rem >= den ? q + 1 : q) || 0;
}

/**
 * Parts whose exact values are numerators[i] / den, as integers adding up to the exact total
 * (the sum of the numerators over den) rounded half away from zero. Numerators may be negative;
 * every numerator must be a safe integer, as must their sum.
 */
export function apportion(numerators: readonly number[], den: number): number[] {
  let sum = 0;
  const parts: number[] = [];
  const rems: number[] = [];
  let floorSum = 0;
  for (const n of numerators) {
    sum += n;
    const { q, rem } = floorDiv(n, den);
    parts.push(q);
    rems.push(rem);
    floorSum += q;
  }
  let left = roundDiv(sum, den) - floorSum;
  if (left > 0) {
    const order = rems.map((_, i) => i).sort((a, b) => rems[b]! - rems[a]! || a - b);
    for (let k = 0; k < left && k < order.length; k++) parts[order[k]!]! += 1;
    left = 0;
  }
  return parts.map((p) => p || 0);
}

/** `total` split by weights (basis points or any non-negative integers), adding up to `total` exactly. */
export function splitByWeights(total: number, weights: readonly number[]): number[] {
  const sumW = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0) return [];
  if (sumW === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  // Split the size and give it the sign, so a cost and the same saving split as mirror images.
  if (total < 0) return splitByWeights(-total, weights).map((p) => -p || 0);
  return apportion(
    weights.map((w) => total * w),
    sumW,
  );
}

/** A post's part of a cut as an exact fraction: numerator over SHARE_DEN (shares are basis points). */
export const SHARE_DEN = 10_000;

/**
 * The rows of a whole cut from every post's exact parts (numerators over SHARE_DEN, keyed by row):
 * each row is its exact share rounded by the largest-remainder method over the whole cut, not post
 * by post, so every row is within a penny of its exact share and the rows add up to the total.
 */
export function apportionCut(exact: ReadonlyMap<string, number>): Map<string, number> {
  const keys = [...exact.keys()];
  const parts = apportion(
    keys.map((k) => exact.get(k)!),
    SHARE_DEN,
  );
  return new Map(keys.map((k, i) => [k, parts[i]!]));
}

/** Each share's exact part of `total` as a numerator over SHARE_DEN (shares add up to 10000). */
export function exactShares(total: number, shares: readonly { shareBp: number }[]): number[] {
  return shares.map((s) => total * s.shareBp);
}
