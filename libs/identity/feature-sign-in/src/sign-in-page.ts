/** The languages of the sign-in pages: the person's own when the console says it, else French. */
export type PageLanguage = 'fr' | 'en';

const TEXT = {
  fr: {
    title: 'Se connecter à Passerelle',
    intro:
      'Votre espace d’accompagnement. Connectez-vous avec l’adresse à laquelle vous avez reçu votre invitation.',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    forgot: 'Mot de passe oublié ? Recevoir un lien par e-mail',
    refused:
      'Adresse ou mot de passe incorrect. Après plusieurs essais, la connexion est suspendue quelques minutes : vous pourrez réessayer ensuite.',
    help: 'Un souci pour vous connecter ? Votre consultant ou l’équipe du centre peut vous renvoyer une invitation.',
    firms: 'Vous travaillez dans un cabinet qui a son propre accès ?',
    firm: (name: string) => `Se connecter avec ${name}`,
    problemTitle: 'La connexion n’a pas abouti',
    problem:
      'La page a expiré ou la demande n’est plus valable. Rien n’est perdu : revenez à l’application et recommencez.',
    reference: 'Référence pour l’assistance\u00a0:',
  },
  en: {
    title: 'Sign in to Passerelle',
    intro: 'Your support space. Sign in with the address your invitation was sent to.',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    forgot: 'Forgot your password? Get a link by email',
    refused:
      'Wrong email address or password. After several tries, signing in pauses for a few minutes: you can try again then.',
    help: 'Trouble signing in? Your coach or the centre’s team can send you a new invitation.',
    firms: 'Working for a firm with its own sign-in?',
    firm: (name: string) => `Sign in with ${name}`,
    problemTitle: 'Signing in did not work',
    problem:
      'The page has expired or the request is no longer valid. Nothing is lost: go back to the app and start again.',
    reference: 'Reference for support:',
  },
} as const;

/** HTML-escapes text and attribute values. */
export const escape = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The language to show: the authorization request's `ui_locales` first, then the browser's. */
export function pageLanguage(uiLocales: unknown, acceptLanguage: string | undefined): PageLanguage {
  const wanted = `${typeof uiLocales === 'string' ? uiLocales : ''} ${acceptLanguage ?? ''}`.toLowerCase();
  const first = /\b(fr|en)\b/.exec(wanted);
  return first?.[1] === 'en' ? 'en' : 'fr';
}

/**
 * The sign-in form: one column, large targets, labels always visible, the error announced to
 * screen readers and tied to the fields, nothing loaded from elsewhere (a strict CSP allows it).
 */
export function signInPage(options: {
  action: string;
  language: PageLanguage;
  email?: string;
  refused?: boolean;
  /** Firms whose staff may sign in through their own provider: a link each. */
  firms?: readonly { name: string; href: string }[];
  /** Where "forgot my password" asks for a sign-in link. */
  signInLinkHref?: string;
}): string {
  const t = TEXT[options.language];
  const firms = options.firms?.length
    ? `<p class="help">${escape(t.firms)}</p>
  ${options.firms.map((firm) => `<a class="button secondary" href="${escape(firm.href)}">${escape(t.firm(firm.name))}</a>`).join('\n  ')}`
    : '';
  const error = options.refused
    ? `<p id="refused" class="refused" role="alert">${escape(t.refused)}</p>`
    : '';
  const described = options.refused ? ' aria-describedby="refused" aria-invalid="true"' : '';
  return page(
    options.language,
    t.title,
    `<h1>${escape(t.title)}</h1>
  <p>${escape(t.intro)}</p>
  ${error}
  <form method="post" action="${escape(options.action)}" novalidate>
    <label for="email">${escape(t.email)}</label>
    <input id="email" name="email" type="email" autocomplete="username" inputmode="email" required value="${escape(options.email ?? '')}"${described}>
    <label for="password">${escape(t.password)}</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required${described}>
    <button type="submit">${escape(t.submit)}</button>
  </form>
  ${options.signInLinkHref ? `<p class="help"><a id="sign-in-link" href="${escape(options.signInLinkHref)}">${escape(t.forgot)}</a></p>` : ''}
  ${firms}
  <p class="help">${escape(t.help)}</p>`,
  );
}

/**
 * What a person sees when the sign-in cannot go on (an expired page, a request the provider
 * refuses): what happened in plain words, what to do, and the protocol's error code for support.
 */
export function problemPage(options: { language: PageLanguage; code: string }): string {
  const t = TEXT[options.language];
  return page(
    options.language,
    t.problemTitle,
    `<h1>${escape(t.problemTitle)}</h1>
  <p>${escape(t.problem)}</p>
  <p class="help">${escape(t.help)}</p>
  <p class="help">${escape(t.reference)} <code>${escape(options.code)}</code></p>`,
  );
}

/** The pages' shell: one calm column, styles inline, nothing loaded from elsewhere. */
export function page(language: PageLanguage, title: string, main: string): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
  body { margin: 0; font: 1.0625rem/1.5 system-ui, sans-serif; color: #1f2a37; background: #f5f7f6; }
  main { max-width: 26rem; margin: 0 auto; padding: 2.5rem 1.25rem; }
  h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
  p { margin: 0 0 1.25rem; }
  label { display: block; font-weight: 600; margin: 1rem 0 .35rem; }
  input { box-sizing: border-box; width: 100%; padding: .75rem; font: inherit; border: 1px solid #8a97a3; border-radius: .5rem; background: #fff; }
  input:focus, button:focus, a:focus { outline: 3px solid #2f6f5e; outline-offset: 2px; }
  button { width: 100%; margin-top: 1.5rem; padding: .85rem; font: inherit; font-weight: 600; color: #fff; background: #2f6f5e; border: 0; border-radius: .5rem; cursor: pointer; }
  .refused { padding: .75rem 1rem; border-left: 4px solid #a4462b; background: #fbeee9; }
  .help { margin-top: 2rem; color: #4b5865; font-size: .95rem; }
  .secret, .codes { font: 1.05rem/1.6 ui-monospace, monospace; letter-spacing: .05em; overflow-wrap: anywhere; }
  .codes { columns: 2; padding: 0; list-style: none; }
  .qr svg { display: block; width: 12rem; height: 12rem; margin: 0 auto 1.25rem; }
  a.button.secondary { color: #2f6f5e; background: #fff; border: 2px solid #2f6f5e; }
  a.button { display: block; box-sizing: border-box; text-align: center; text-decoration: none; width: 100%; margin-top: 1.5rem; padding: .85rem; font-weight: 600; color: #fff; background: #2f6f5e; border-radius: .5rem; }
</style>
</head>
<body>
<main>
  ${main}
</main>
</body>
</html>`;
}
