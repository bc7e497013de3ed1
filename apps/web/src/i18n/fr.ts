import { candidateFr } from '../candidate/messages';
import { coachFr } from '../coach/messages';
import { opsFr } from '../ops/messages';
import { opsErasureFr } from '../ops/erasure-messages';
import { opsPeopleFr } from '../ops/people-messages';
import { sponsorFr } from '../sponsor/messages';

/** Words every role's screens share, in French, the first language. */
const commonFr = {
  'app.name': 'Passerelle',
  'app.skip': 'Aller au contenu',
  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.error': 'Cela n’a pas fonctionné. Vos informations sont en sécurité ; vous pouvez réessayer.',
  'common.language': 'English',
  'common.languageLabel': 'Read in English',
  'auth.welcome.title': 'Bienvenue sur Passerelle',
  'auth.welcome.body':
    'Votre espace pour suivre votre accompagnement : vos rendez-vous, votre parcours et les pistes d’emploi.',
  'auth.signIn': 'Se connecter',
  'auth.signOut': 'Se déconnecter',
  'auth.signingIn': 'Connexion en cours…',
  'auth.failed': 'La connexion n’a pas abouti. Vous pouvez recommencer.',
  'auth.expired': 'Votre session a expiré. Connectez-vous à nouveau.',
  'nav.home': 'Accueil',
  'nav.back': 'Retour à l’accueil',
  'error.BAD_USER_INPUT': 'Une réponse n’est pas au bon format.',
  'session.kind.WELCOME': 'Entretien d’accueil',
  'session.kind.DIAGNOSTIC': 'Entretien de diagnostic',
  'session.kind.DEBRIEF': 'Restitution de vos résultats',
  'session.kind.FOLLOW_UP': 'Entretien de suivi',
  'session.kind.GROUP_WORKSHOP': 'Atelier collectif',
  'nav.sections': 'Rubriques',
  'nav.account': 'Compte',
  'role.unknown':
    'Ce compte n’a pas encore d’espace dans la console. Votre contact chez Passerelle peut vous aider.',
} as const;

/**
 * The console's words in French: every string a screen shows comes from here. Each role keeps its
 * own catalogue beside its screens (candidate/messages.ts, ...); their keys start with the role.
 */
export const fr = {
  ...commonFr,
  ...candidateFr,
  ...coachFr,
  ...opsFr,
  ...opsPeopleFr,
  ...opsErasureFr,
  ...sponsorFr,
} as const;

export type MessageKey = keyof typeof fr;
export type CommonKey = keyof typeof commonFr;
