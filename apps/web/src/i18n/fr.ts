// Types only: each role's words travel in that role's bundle, which adds them when it loads.
import type { candidateFr } from '../candidate/messages';
import type { candidateWorkshopsFr } from '../candidate/workshop-messages';
import type { coachFr } from '../coach/messages';
import type { opsFr } from '../ops/messages';
import type { opsErasureFr } from '../ops/erasure-messages';
import type { opsPeopleFr } from '../ops/people-messages';
import type { opsLifecycleFr } from '../ops/lifecycle-messages';
import type { sponsorFr } from '../sponsor/messages';
import type { committeeFr } from '../committee/messages';
import type { commissionFr } from '../commission/messages';

/** Words every role's screens share, in French, the first language. */
export const commonFr = {
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
 * Every key a screen may show: the shared words here, and each role's catalogue beside its screens
 * (candidate/messages.ts, ...; keys starting with the role, or `error.<CODE>`), added by the role's
 * bundle when it loads (`addMessages`), so a phone never downloads another role's words.
 */
export type MessageKey =
  | keyof typeof commonFr
  | keyof typeof candidateFr
  | keyof typeof candidateWorkshopsFr
  | keyof typeof coachFr
  | keyof typeof opsFr
  | keyof typeof opsPeopleFr
  | keyof typeof opsErasureFr
  | keyof typeof opsLifecycleFr
  | keyof typeof sponsorFr
  | keyof typeof committeeFr
  | keyof typeof commissionFr;
export type CommonKey = keyof typeof commonFr;
