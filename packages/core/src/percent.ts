/**
 * Whole percentages for shares that add up to exactly 100 (largest-remainder
 * rounding, Hamilton's method): each share is rounded down, and the points
 * still missing go to the largest remainders, ties in the given order. Shares
 * of 2/3, 1/6, 1/6 become 67, 17, 16, never 67, 17, 17 (101 %).
 *
 * Negative, non-finite or missing shares count as 0; when every share is 0
 * the result is all 0.
 */
export function wholePercentages(shares: Readonly<Record<string, number>>, order: readonly string[]): Record<string, number> {
  const raw = order.map((id) => {
    const s = shares[id];
    return typeof s === 'number' && Number.isFinite(s) && s > 0 ? s : 0;
  });
  const total = raw.reduce((a, b) => a + b, 0);
  const out: Record<string, number> = {};
  if (total <= 0) {
    for (const id of order) out[id] = 0;
    return out;
  }
  const exact = raw.map((s) => (s / total) * 100);
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let missing = 100 - floors.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - (floors[i] as number) }))
    .sort((a, b) => (Math.abs(b.r - a.r) > 1e-9 ? b.r - a.r : a.i - b.i));
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    floors[i] = (floors[i] as number) + 1;
    missing--;
  }
  order.forEach((id, i) => {
    out[id] = floors[i] as number;
  });
  return out;
}
