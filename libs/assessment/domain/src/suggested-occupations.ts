/** An occupation matching suggested for a person, as its event lists it. */
export interface SuggestedOccupation {
  occupationCode: string;
  rank: number;
  proximity: string;
}

/** One suggestion per occupation: when matching lists one twice, its best rank counts. */
export function bestRankPerOccupation(suggestions: readonly SuggestedOccupation[]): SuggestedOccupation[] {
  const best = new Map<string, SuggestedOccupation>();
  for (const { occupationCode, rank, proximity } of suggestions) {
    const seen = best.get(occupationCode);
    if (!seen || rank < seen.rank) best.set(occupationCode, { occupationCode, rank, proximity });
  }
  return [...best.values()];
}
