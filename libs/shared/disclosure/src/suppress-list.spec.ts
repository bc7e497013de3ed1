import { suppressList } from './suppress-list';
import { sponsorSuppression } from './suppression';

describe('a list of categories with its total', () => {
  it('keeps each count beside its key, hidden ones with the reason', () => {
    const result = suppressList([
      { key: 'booked', count: 20 },
      { key: 'cancelled', count: 4 },
      { key: 'completed', count: 9 },
      { key: 'no_show', count: 0 },
    ]);
    expect(result).toEqual({
      k: 5,
      cells: [
        { key: 'booked', count: 20, suppressed: null },
        { key: 'cancelled', count: null, suppressed: 'primary' },
        { key: 'completed', count: null, suppressed: 'complementary' },
        { key: 'no_show', count: null, suppressed: 'complementary' },
      ],
      total: { count: 33, suppressed: null },
    });
  });

  it('counts people behind events when told', () => {
    const result = suppressList(
      [
        { key: 'booked', count: 12, people: 1 },
        { key: 'completed', count: 40, people: 9 },
      ],
      { people: 9 },
    );
    expect(result.cells.map((cell) => cell.suppressed)).toEqual(['primary', 'complementary']);
  });

  it.each([
    [null, null],
    ['small_population', 'SMALL_POPULATION'],
    ['primary', 'SMALL_GROUP'],
    ['complementary', 'SMALL_GROUP'],
  ] as const)('tells a sponsor %s as %s: never which hidden count is the small one', (reason, shown) => {
    expect(sponsorSuppression(reason)).toBe(shown);
  });
});
