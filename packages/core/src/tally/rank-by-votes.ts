/** Person indices with at least one vote in an office, most votes first, ties in input order. */
export function rankByVotes(votes: Float64Array, office: number, peopleCount: number): number[] {
  const base = office * peopleCount;
  const people: number[] = [];
  for (let p = 0; p < peopleCount; p++) if (votes[base + p]! > 0) people.push(p);
  return people.sort((a, b) => votes[base + b]! - votes[base + a]! || a - b);
}

/**
 * The first `count` of a ranking, plus everyone tied with the last of them: a cut-off
 * must not separate people with equal votes (tally-spec §6).
 */
export function topWithTies(
  ranked: readonly number[],
  count: number,
  votesOf: (p: number) => number,
): number[] {
  if (ranked.length <= count) return [...ranked];
  if (count <= 0) return [];
  const cut = votesOf(ranked[count - 1]!);
  let end = count;
  while (end < ranked.length && votesOf(ranked[end]!) === cut) end++;
  return ranked.slice(0, end);
}
