/**
 * Money as fans read it: whole won with Korean digit grouping, e.g.
 * `formatKrw(110000)` → "₩110,000". Amounts are integers everywhere in
 * StagePass; a non-integer here is a bug upstream, so it is refused.
 */
const krw = new Intl.NumberFormat("ko-KR", { maximumFractionDigits: 0 });

export function formatKrw(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`formatKrw expects a whole number of won, got ${amount}`);
  const sign = amount < 0 ? "-" : "";
  return `${sign}₩${krw.format(Math.abs(amount))}`;
}

/** A signed ledger amount: "+₩30,000" for money in, "-₩99,000" for money out. */
export function formatKrwDelta(amount: number): string {
  return amount > 0 ? `+${formatKrw(amount)}` : formatKrw(amount);
}
