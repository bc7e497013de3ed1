import { languageOf } from './instrument';

describe('the language asked for', () => {
  it.each([
    ['EN', 'en'],
    ['en', 'en'],
    ['FR', 'fr'],
    [undefined, 'fr'],
    [null, 'fr'],
    ['de', 'fr'],
  ])('%p -> %p', (asked, expected) => {
    expect(languageOf(asked)).toBe(expected);
  });
});
