/** A score as every output shows it: two decimals, the same in findings, the graph and explanations. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}
