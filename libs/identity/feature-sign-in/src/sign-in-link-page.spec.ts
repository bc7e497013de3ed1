import { passwordSetPage, setPasswordPage, invitationProblemPage } from './invitation-page';
import { signInLinkSentPage } from './sign-in-link-page';
import { signInPage } from './sign-in-page';

describe('the sign-in link pages', () => {
  it.each([
    ['fr', 'Mot de passe oublié ? Recevoir un lien par e-mail'],
    ['en', 'Forgot your password? Get a link by email'],
  ] as const)('the %s sign-in page leads to asking for a link', (language, words) => {
    const html = signInPage({
      action: '/interaction/u/login',
      language,
      signInLinkHref: '/interaction/u/sign-in-link',
    });
    expect(html).toContain(`<a id="sign-in-link" href="/interaction/u/sign-in-link">${words}</a>`);
  });

  it.each([
    ['fr', 'un lien vient de lui être envoyé. Il sert une seule fois et fonctionne pendant 30 minutes.'],
    ['en', 'a link is on its way to it. It works once, for 30 minutes.'],
  ] as const)('answers in %s with the link’s lifetime, and no address', (language, words) => {
    const html = signInLinkSentPage({ language, minutes: 30, backHref: '/interaction/u' });
    expect(html).toContain(words);
  });

  it.each([
    ['fr', 'Choisir un nouveau mot de passe', 'Bienvenue'],
    ['en', 'Choose a new password', 'Welcome'],
  ] as const)(
    'in %s, a sign-in link asks for a new password, without a welcome',
    (language, title, welcome) => {
      const form = { action: '/invitation/t', language, displayName: 'Léa Roux', email: 'lea@example.fr' };
      const html = setPasswordPage({ ...form, purpose: 'sign_in_link' });
      expect(html).toContain(`<h1>${title}</h1>`);
      expect(html).not.toContain(welcome);
      expect(setPasswordPage({ ...form, purpose: 'invitation' })).toContain(welcome);
      expect(passwordSetPage({ language, purpose: 'sign_in_link', consoleUrl: '/' })).toMatch(/sessions/);
    },
  );

  it('sends an expired sign-in link back to the sign-in page, an expired invitation to the coach', () => {
    const expired = (purpose: 'invitation' | 'sign_in_link') =>
      invitationProblemPage({ language: 'en', problem: 'expired', purpose });
    expect(expired('sign_in_link')).toContain('Ask for a new one from the sign-in page');
    expect(expired('invitation')).toContain('your coach or the centre’s team can send you a new one');
  });
});
