import { coachContactLanguage } from './contact-language';

describe('coachContactLanguage', () => {
  it.each([
    ['French first', ['fr', 'en'], 'fr'],
    ['English first', ['en', 'fr'], 'en'],
    ['English only', ['en'], 'en'],
    ['another language first, then English', ['de', 'en'], 'fr'],
    ['another language first, then French', ['ar', 'fr'], 'fr'],
    ['no language known', [], 'fr'],
  ])('%s: %p writes in %s', (_case, languages, expected) => {
    expect(coachContactLanguage(languages)).toBe(expected);
  });
});
