import { pageLanguage, problemPage, signInPage } from './sign-in-page';

describe('the sign-in pages', () => {
  it.each<[unknown, string | undefined, 'fr' | 'en']>([
    ['en', 'fr-FR', 'en'],
    [undefined, 'en-GB,en;q=0.9', 'en'],
    [undefined, 'de-DE', 'fr'],
    [undefined, undefined, 'fr'],
    ['fr en', 'en', 'fr'],
  ])('ui_locales %p with Accept-Language %p shows %p', (uiLocales, acceptLanguage, expected) => {
    expect(pageLanguage(uiLocales, acceptLanguage)).toBe(expected);
  });

  it('keeps what the person typed, escaped, and ties the refusal to the fields', () => {
    const html = signInPage({
      action: '/interaction/x/login',
      language: 'fr',
      email: '"><script>',
      refused: true,
    });
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;"');
    expect(html).not.toContain('<script>');
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-describedby="refused" aria-invalid="true"');
  });

  it('names the error code for support, escaped', () => {
    expect(problemPage({ language: 'en', code: '<b>' })).toContain(
      'Reference for support: <code>&lt;b&gt;</code>',
    );
  });
});
