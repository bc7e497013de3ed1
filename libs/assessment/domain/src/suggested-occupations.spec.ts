import { bestRankPerOccupation, type SuggestedOccupation } from './suggested-occupations';

const s = (occupationCode: string, rank: number, proximity = 'close'): SuggestedOccupation => ({
  occupationCode,
  rank,
  proximity,
});

describe('suggested occupations kept for the report', () => {
  it.each<[string, SuggestedOccupation[], SuggestedOccupation[]]>([
    ['each once', [s('M1805', 1), s('M1806', 2)], [s('M1805', 1), s('M1806', 2)]],
    [
      'a repeat keeps its best rank',
      [s('M1805', 3, 'off_track'), s('M1805', 1, 'same')],
      [s('M1805', 1, 'same')],
    ],
    ['a worse repeat is dropped', [s('M1805', 1), s('M1805', 4, 'off_track')], [s('M1805', 1)]],
    ['none', [], []],
  ])('%s', (_label, suggestions, expected) => {
    expect(bestRankPerOccupation(suggestions)).toEqual(expected);
  });
});
