import { escape, page, type PageLanguage } from './sign-in-page';

const TEXT = {
  fr: {
    codeTitle: 'Code de vérification',
    codeIntro:
      'Ouvrez votre application d’authentification et saisissez le code à six chiffres affiché pour Passerelle.',
    code: 'Code à six chiffres',
    codeHelp:
      'Téléphone perdu ? Saisissez à la place l’un de vos codes de secours (par exemple abcd-efgh-jkmn) : chacun ne sert qu’une fois.',
    verify: 'Vérifier',
    refused:
      'Code incorrect ou déjà utilisé. Attendez le code suivant et réessayez. Après plusieurs essais, la connexion est suspendue quelques minutes.',
    enrolTitle: 'Protégez votre compte',
    enrolIntro:
      'Votre rôle donne accès aux dossiers de nombreuses personnes : la connexion demande aussi un code à six chiffres, donné par une application d’authentification sur votre téléphone (par exemple FreeOTP, Google Authenticator ou Microsoft Authenticator).',
    enrolScan: 'Dans l’application, ajoutez un compte en scannant ce code QR, ou saisissez cette clé :',
    enrolLink: 'Sur ce téléphone, vous pouvez aussi ouvrir le lien de configuration.',
    enrolCode: 'Puis saisissez le code affiché par l’application',
    confirm: 'Activer',
    recoveryTitle: 'Vos codes de secours',
    recoveryIntro:
      'Si vous perdez votre téléphone, chacun de ces codes permet de vous connecter une fois à la place du code à six chiffres. Gardez-les en lieu sûr (un gestionnaire de mots de passe, une feuille rangée) : ils ne seront plus affichés.',
    continue: 'J’ai gardé mes codes, continuer',
    help: 'Un souci ? L’équipe du centre peut réinitialiser votre second facteur.',
  },
  en: {
    codeTitle: 'Verification code',
    codeIntro: 'Open your authenticator app and type the six-digit code it shows for Passerelle.',
    code: 'Six-digit code',
    codeHelp:
      'Lost your phone? Type one of your recovery codes instead (such as abcd-efgh-jkmn): each works once.',
    verify: 'Verify',
    refused:
      'Wrong or already used code. Wait for the next code and try again. After several tries, signing in pauses for a few minutes.',
    enrolTitle: 'Protect your account',
    enrolIntro:
      'Your role gives access to many people’s files: signing in also asks for a six-digit code from an authenticator app on your phone (such as FreeOTP, Google Authenticator or Microsoft Authenticator).',
    enrolScan: 'In the app, add an account by scanning this QR code, or type this key:',
    enrolLink: 'On this phone, you can also open the setup link.',
    enrolCode: 'Then type the code the app shows',
    confirm: 'Turn on',
    recoveryTitle: 'Your recovery codes',
    recoveryIntro:
      'If you lose your phone, each of these codes signs you in once instead of the six-digit code. Keep them somewhere safe (a password manager, a sheet put away): they will not be shown again.',
    continue: 'I have kept my codes, continue',
    help: 'Trouble? The centre’s team can reset your second factor.',
  },
} as const;

function codeField(label: string, refused: boolean, described: string): string {
  const aria = refused
    ? ` aria-describedby="refused ${described}" aria-invalid="true"`
    : ` aria-describedby="${described}"`;
  return `<label for="code">${escape(label)}</label>
    <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" autocapitalize="none" spellcheck="false" required autofocus${aria}>`;
}

const refusal = (t: (typeof TEXT)[PageLanguage], refused: boolean | undefined): string =>
  refused ? `<p id="refused" class="refused" role="alert">${escape(t.refused)}</p>` : '';

/** Asks for the code of an account with a confirmed factor (or one of its recovery codes). */
export function codePage(options: { action: string; language: PageLanguage; refused?: boolean }): string {
  const t = TEXT[options.language];
  return page(
    options.language,
    t.codeTitle,
    `<h1>${escape(t.codeTitle)}</h1>
  <p>${escape(t.codeIntro)}</p>
  ${refusal(t, options.refused)}
  <form method="post" action="${escape(options.action)}" novalidate>
    ${codeField(t.code, Boolean(options.refused), 'code-help')}
    <p id="code-help" class="help">${escape(t.codeHelp)}</p>
    <button type="submit">${escape(t.verify)}</button>
  </form>`,
  );
}

/**
 * Setting up the factor: the QR code (an inline SVG, so the CSP stays strict), the key as text for
 * those who type it, the otpauth:// link for an app on the same phone, and the first code.
 */
export function enrolmentPage(options: {
  action: string;
  language: PageLanguage;
  secret: string;
  uri: string;
  qrSvg: string | null;
  refused?: boolean;
}): string {
  const t = TEXT[options.language];
  const grouped = options.secret.match(/.{1,4}/g)?.join(' ') ?? options.secret;
  return page(
    options.language,
    t.enrolTitle,
    `<h1>${escape(t.enrolTitle)}</h1>
  <p>${escape(t.enrolIntro)}</p>
  ${refusal(t, options.refused)}
  <p>${escape(t.enrolScan)}</p>
  ${options.qrSvg ? `<div class="qr" role="img" aria-label="QR code">${options.qrSvg}</div>` : ''}
  <p id="secret" class="secret" data-secret="${escape(options.secret)}">${escape(grouped)}</p>
  <p><a id="otpauth" href="${escape(options.uri)}">${escape(t.enrolLink)}</a></p>
  <form method="post" action="${escape(options.action)}" novalidate>
    ${codeField(t.enrolCode, Boolean(options.refused), 'secret')}
    <button type="submit">${escape(t.confirm)}</button>
  </form>
  <p class="help">${escape(t.help)}</p>`,
  );
}

/** The recovery codes, shown once, and the way on (the provider's URL that completes the sign-in). */
export function recoveryCodesPage(options: {
  language: PageLanguage;
  codes: string[];
  continueTo: string;
}): string {
  const t = TEXT[options.language];
  return page(
    options.language,
    t.recoveryTitle,
    `<h1>${escape(t.recoveryTitle)}</h1>
  <p>${escape(t.recoveryIntro)}</p>
  <ul id="recovery-codes" class="codes">
    ${options.codes.map((code) => `<li>${escape(code)}</li>`).join('\n    ')}
  </ul>
  <a id="continue" class="button" href="${escape(options.continueTo)}">${escape(t.continue)}</a>`,
  );
}
