/** Amounts the contract refuses with 400 INVALID_AMOUNT, shared by the unit and HTTP tests. */
export const BAD_CHARGE_AMOUNTS: [what: string, amount: unknown][] = [
  ["0", 0],
  ["negative", -1_000],
  ["fractional", 1_000.5],
  ["a string", "1000"],
  ["null", null],
  ["999", 999],
  ["1,000,001", 1_000_001],
  ["missing", undefined],
];
