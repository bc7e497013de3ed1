import { escape, page, type PageLanguage } from './sign-in-page';

const TEXT = {
  fr: {
    title: 'Votre cabinet n’a pas pu vous connecter',
    body: 'Votre cabinet a répondu, mais cette connexion n’ouvre pas d’espace Passerelle : l’adresse qu’il donne n’a pas de compte chez nous, ou il ne l’a pas confirmée. Rien n’est perdu : l’équipe du centre peut vérifier votre compte, et vous pouvez aussi vous connecter avec votre mot de passe.',
    again: 'Revenir à la connexion',
  },
  en: {
    title: 'Your firm could not sign you in',
    body: 'Your firm answered, but this sign-in opens no Passerelle space: the address it gives has no account here, or it did not confirm it. Nothing is lost: the centre’s team can check your account, and you can also sign in with your password.',
    again: 'Back to signing in',
  },
} as const;

/** After a firm's provider answered with no one Passerelle may let in. */
export function firmRefusedPage(options: { language: PageLanguage; retry: string; code: string }): string {
  const t = TEXT[options.language];
  return page(
    options.language,
    t.title,
    `<h1>${escape(t.title)}</h1>
  <p>${escape(t.body)}</p>
  <a class="button" href="${escape(options.retry)}">${escape(t.again)}</a>
  <p class="help"><code>${escape(options.code)}</code></p>`,
  );
}
