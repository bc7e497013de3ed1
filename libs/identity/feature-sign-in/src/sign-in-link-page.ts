import { escape, page, type PageLanguage } from './sign-in-page';

const TEXT = {
  fr: {
    title: 'Recevoir un lien par e-mail',
    intro:
      'Indiquez l’adresse avec laquelle vous vous connectez. Nous vous y enverrons un lien pour choisir un nouveau mot de passe.',
    email: 'Adresse e-mail',
    submit: 'Recevoir le lien',
    back: 'Revenir à la connexion',
    sentTitle: 'Regardez votre messagerie',
    sent: (minutes: number) =>
      `Si un compte existe pour cette adresse, un lien vient de lui être envoyé. Il sert une seule fois et fonctionne pendant ${minutes} minutes.`,
    nothing:
      'Rien reçu d’ici quelques minutes ? Regardez dans les courriers indésirables, vérifiez l’adresse et recommencez un peu plus tard. Votre consultant ou l’équipe du centre peut aussi vous aider.',
  },
  en: {
    title: 'Get a link by email',
    intro: 'Type the address you sign in with. We will send a link there to choose a new password.',
    email: 'Email address',
    submit: 'Send me the link',
    back: 'Back to signing in',
    sentTitle: 'Check your email',
    sent: (minutes: number) =>
      `If an account exists for this address, a link is on its way to it. It works once, for ${minutes} minutes.`,
    nothing:
      'Nothing after a few minutes? Look in your spam folder, check the address and try again a little later. Your coach or the centre’s team can help too.',
  },
} as const;

/** "Forgot my password": the address to send a sign-in link to, and the way back. */
export function signInLinkRequestPage(options: {
  action: string;
  language: PageLanguage;
  backHref: string;
}): string {
  const t = TEXT[options.language];
  return page(
    options.language,
    t.title,
    `<h1>${escape(t.title)}</h1>
  <p>${escape(t.intro)}</p>
  <form method="post" action="${escape(options.action)}" novalidate>
    <label for="email">${escape(t.email)}</label>
    <input id="email" name="email" type="email" autocomplete="username" inputmode="email" required>
    <button type="submit">${escape(t.submit)}</button>
  </form>
  <p class="help"><a href="${escape(options.backHref)}">${escape(t.back)}</a></p>`,
  );
}

/**
 * The one answer to every request, whatever came of it: it neither repeats the address nor says
 * whether it has an account, so the page is the same, byte for byte, for any address.
 */
export function signInLinkSentPage(options: {
  language: PageLanguage;
  minutes: number;
  backHref: string;
}): string {
  const t = TEXT[options.language];
  return page(
    options.language,
    t.sentTitle,
    `<h1>${escape(t.sentTitle)}</h1>
  <p role="status">${escape(t.sent(options.minutes))}</p>
  <p class="help">${escape(t.nothing)}</p>
  <p><a class="button secondary" href="${escape(options.backHref)}">${escape(t.back)}</a></p>`,
  );
}
