import { contactLanguage } from './contact-language';

describe('contactLanguage', () => {
  it.each([
    ['French only', ['fr'], 'fr'],
    ['French first, then English', ['fr', 'en'], 'fr'],
    ['English first, then French', ['en', 'fr'], 'en'],
    ['English only', ['en'], 'en'],
    ['English after another language, no French', ['pt', 'en'], 'en'],
    ['English and French after another language', ['ar', 'fr', 'en'], 'fr'],
    ['neither French nor English', ['pt', 'es'], 'fr'],
    ['no language known', [], 'fr'],
  ])('%s: %p writes in %s', (_case, languages, expected) => {
    expect(contactLanguage(languages)).toBe(expected);
  });
});
