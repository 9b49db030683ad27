/**
 * The shuffle's order follows from its seed alone, and is not correlated
 * with the join order: a χ² test over many small seeded shuffles (fixed
 * seeds, so the test is deterministic).
 */
import { describe, expect, it } from "vitest";
import { shuffledPlaces } from "./seeded-shuffle";

describe("shuffledPlaces", () => {
  it("is a permutation of 1..n and the same for the same seed", () => {
    const a = shuffledPlaces("seed-a", 300);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(shuffledPlaces("seed-a", 300)).toEqual(a);
    expect(shuffledPlaces("seed-b", 300)).not.toEqual(a);
    expect(shuffledPlaces("x", 0)).toEqual([]);
    expect(shuffledPlaces("x", 1)).toEqual([1]);
  });

  it("gives each join number each place equally often (χ², 6×6, 3,000 shuffles)", () => {
    const n = 6;
    const runs = 3_000;
    const counts = Array.from({ length: n }, () => Array<number>(n).fill(0));
    for (let r = 0; r < runs; r++) {
      shuffledPlaces(`chi-square-${r}`, n).forEach((place, join) => counts[join]![place - 1]!++);
    }
    const expected = runs / n;
    const chi2 = counts.flat().reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // (n-1)² = 25 degrees of freedom: P(χ² > 52.62) = 0.001 for a uniform shuffle.
    expect(chi2).toBeLessThan(52.62);
    // And the first to join is not favoured: their mean place is the middle, 3.5 ± a little.
    const meanFirst = counts[0]!.reduce((s, c, i) => s + c * (i + 1), 0) / runs;
    expect(Math.abs(meanFirst - 3.5)).toBeLessThan(0.15);
  });

  it("places the earliest joiners no earlier than the latest, over 2,000 shuffles of 10", () => {
    let early = 0;
    let late = 0;
    for (let r = 0; r < 2_000; r++) {
      const places = shuffledPlaces(`order-${r}`, 10);
      early += places.slice(0, 5).reduce((s, p) => s + p, 0);
      late += places.slice(5).reduce((s, p) => s + p, 0);
    }
    // Each half's places sum to 27.5 per shuffle on average; a bias towards join order would show as a gap.
    expect(Math.abs(early - late) / 2_000).toBeLessThan(1);
  });
});
