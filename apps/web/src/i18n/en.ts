import type { CommonKey } from './fr';

/** The shared words in English, key for key with the French (the type says so). */
export const commonEn: Record<CommonKey, string> = {
  'app.name': 'Passerelle',
  'app.skip': 'Skip to content',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.error': 'That did not work. Your information is safe; you can try again.',
  'common.language': 'Français',
  'common.languageLabel': 'Lire en français',
  'auth.welcome.title': 'Welcome to Passerelle',
  'auth.welcome.body':
    'Your space to follow your support programme: your appointments, your plan and job leads.',
  'auth.signIn': 'Sign in',
  'auth.signOut': 'Sign out',
  'auth.signingIn': 'Signing you in…',
  'auth.failed': 'Signing in did not work. You can start again.',
  'auth.expired': 'Your session has ended. Please sign in again.',
  'nav.home': 'Home',
  'nav.back': 'Back to home',
  'error.BAD_USER_INPUT': 'An answer is not in the expected form.',
  'session.kind.WELCOME': 'Welcome meeting',
  'session.kind.DIAGNOSTIC': 'Diagnostic meeting',
  'session.kind.DEBRIEF': 'Results debrief',
  'session.kind.FOLLOW_UP': 'Follow-up meeting',
  'session.kind.GROUP_WORKSHOP': 'Group workshop',
  'nav.sections': 'Sections',
  'nav.account': 'Account',
  'role.unknown': 'This account has no space in the console yet. Your contact at Passerelle can help.',
};
