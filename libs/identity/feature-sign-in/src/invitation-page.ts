import type { InvitationPurpose, PasswordRefusal } from '@passerelle/identity/domain';
import { PASSWORD_MIN_LENGTH } from '@passerelle/identity/domain';
import { escape, page, type PageLanguage } from './sign-in-page';
import type { InvitationProblem } from './usecases/accept-invitation/accept-invitation.handler';

const TEXT = {
  fr: {
    purposes: {
      invitation: {
        title: 'Choisir votre mot de passe',
        lead: (name: string) => `Bienvenue ${name}. Votre espace Passerelle vous attend.`,
        intro: `Choisissez un mot de passe d’au moins ${PASSWORD_MIN_LENGTH} caractères. Une phrase que vous retiendrez facilement fait très bien l’affaire.`,
        submit: 'Enregistrer mon mot de passe',
        doneTitle: 'Votre mot de passe est enregistré',
        done: 'Vous pouvez maintenant vous connecter à votre espace, sur ce téléphone ou sur un ordinateur.',
        expired:
          'Ce lien a expiré. Rien n’est perdu : votre consultant ou l’équipe du centre peut vous en envoyer un nouveau.',
      },
      sign_in_link: {
        title: 'Choisir un nouveau mot de passe',
        lead: (name: string) => `${name}, vous avez demandé un lien pour retrouver l’accès à votre espace.`,
        intro: `Choisissez un nouveau mot de passe d’au moins ${PASSWORD_MIN_LENGTH} caractères. Il remplacera l’ancien, et vos sessions ouvertes sur d’autres appareils seront fermées.`,
        submit: 'Enregistrer mon nouveau mot de passe',
        doneTitle: 'Votre nouveau mot de passe est enregistré',
        done: 'Vos autres sessions sont fermées. Connectez-vous avec ce nouveau mot de passe (et, si vous en utilisez un, le code de votre application d’authentification).',
        expired:
          'Ce lien a expiré : il ne vaut que quelques minutes. Demandez-en un nouveau depuis la page de connexion, avec « Mot de passe oublié ? ».',
      },
    },
    email: 'Votre adresse de connexion',
    password: 'Mot de passe',
    confirmation: 'Le même mot de passe, une seconde fois',
    refusals: {
      too_short: `Ce mot de passe est trop court : il faut au moins ${PASSWORD_MIN_LENGTH} caractères.`,
      too_long: 'Ce mot de passe est trop long : 128 caractères au plus.',
      common: 'Ce mot de passe est trop courant et facile à deviner. Essayez une courte phrase.',
      contains_email: 'Le mot de passe ne doit pas reprendre votre adresse e-mail.',
      mismatch: 'Les deux mots de passe ne sont pas identiques.',
    },
    continue: 'Se connecter',
    problemTitle: 'Ce lien ne fonctionne plus',
    problems: {
      invalid: 'Ce lien n’est pas valable. Vérifiez que vous avez ouvert le lien complet reçu par e-mail.',
      used: 'Ce lien a déjà servi : votre mot de passe est choisi. Vous pouvez vous connecter.',
      superseded: 'Un lien plus récent vous a été envoyé : utilisez celui du dernier e-mail reçu.',
    },
  },
  en: {
    purposes: {
      invitation: {
        title: 'Choose your password',
        lead: (name: string) => `Welcome ${name}. Your Passerelle space is ready.`,
        intro: `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters. A short sentence you will remember works well.`,
        submit: 'Save my password',
        doneTitle: 'Your password is saved',
        done: 'You can now sign in to your space, on this phone or on a computer.',
        expired:
          'This link has expired. Nothing is lost: your coach or the centre’s team can send you a new one.',
      },
      sign_in_link: {
        title: 'Choose a new password',
        lead: (name: string) => `${name}, you asked for a link to get back into your space.`,
        intro: `Choose a new password of at least ${PASSWORD_MIN_LENGTH} characters. It replaces the old one, and your sessions open on other devices will be closed.`,
        submit: 'Save my new password',
        doneTitle: 'Your new password is saved',
        done: 'Your other sessions are closed. Sign in with this new password (and, if you use one, the code from your authenticator app).',
        expired:
          'This link has expired: it only lasts a few minutes. Ask for a new one from the sign-in page, with “Forgot your password?”.',
      },
    },
    email: 'Your sign-in address',
    password: 'Password',
    confirmation: 'The same password again',
    refusals: {
      too_short: `This password is too short: it needs at least ${PASSWORD_MIN_LENGTH} characters.`,
      too_long: 'This password is too long: 128 characters at most.',
      common: 'This password is too common and easy to guess. Try a short sentence.',
      contains_email: 'The password must not contain your email address.',
      mismatch: 'The two passwords are not the same.',
    },
    continue: 'Sign in',
    problemTitle: 'This link no longer works',
    problems: {
      invalid: 'This link is not valid. Check that you opened the whole link from the email.',
      used: 'This link has been used: your password is set. You can sign in.',
      superseded: 'A newer link was sent to you: use the one in the latest email.',
    },
  },
} as const;

/** The set-password form reached from an invitation email, or a new one from a sign-in link. */
export function setPasswordPage(options: {
  action: string;
  language: PageLanguage;
  purpose: InvitationPurpose;
  displayName: string;
  email: string;
  refusal?: PasswordRefusal | 'mismatch';
}): string {
  const t = TEXT[options.language];
  const p = t.purposes[options.purpose];
  const error = options.refusal
    ? `<p id="refused" class="refused" role="alert">${escape(t.refusals[options.refusal])}</p>`
    : '';
  const described = options.refusal ? ' aria-describedby="refused" aria-invalid="true"' : '';
  return page(
    options.language,
    p.title,
    `<h1>${escape(p.title)}</h1>
  <p>${escape(p.lead(options.displayName))}</p>
  <p>${escape(p.intro)}</p>
  ${error}
  <form method="post" action="${escape(options.action)}" novalidate>
    <label for="email">${escape(t.email)}</label>
    <input id="email" name="email" type="email" autocomplete="username" readonly value="${escape(options.email)}">
    <label for="password">${escape(t.password)}</label>
    <input id="password" name="password" type="password" autocomplete="new-password" minlength="${PASSWORD_MIN_LENGTH}" required${described}>
    <label for="confirmation">${escape(t.confirmation)}</label>
    <input id="confirmation" name="confirmation" type="password" autocomplete="new-password" required${described}>
    <button type="submit">${escape(p.submit)}</button>
  </form>`,
  );
}

/** After the password is set: where to sign in. */
export function passwordSetPage(options: {
  language: PageLanguage;
  purpose: InvitationPurpose;
  consoleUrl: string;
}): string {
  const t = TEXT[options.language];
  const p = t.purposes[options.purpose];
  return page(
    options.language,
    p.doneTitle,
    `<h1>${escape(p.doneTitle)}</h1>
  <p>${escape(p.done)}</p>
  <p><a class="button" href="${escape(options.consoleUrl)}">${escape(t.continue)}</a></p>`,
  );
}

/** A link that opens nothing: why, in plain words, and what to do (which depends on its purpose). */
export function invitationProblemPage(options: {
  language: PageLanguage;
  problem: InvitationProblem;
  purpose?: InvitationPurpose;
}): string {
  const t = TEXT[options.language];
  const why =
    options.problem === 'expired'
      ? t.purposes[options.purpose ?? 'invitation'].expired
      : t.problems[options.problem];
  return page(
    options.language,
    t.problemTitle,
    `<h1>${escape(t.problemTitle)}</h1>
  <p>${escape(why)}</p>`,
  );
}
