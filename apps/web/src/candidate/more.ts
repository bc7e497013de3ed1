import type { MessageKey } from '../i18n/fr';

/** The screens of the "more" section (applications, project, CV, interview practice, suggestions, workshops, messages, privacy), also linked from home. */
export const MORE: { to: string; label: MessageKey; hint: MessageKey }[] = [
  { to: '/applications', label: 'candidate.applications.title', hint: 'candidate.more.applications' },
  { to: '/project', label: 'candidate.project.title', hint: 'candidate.more.project' },
  { to: '/cv', label: 'candidate.cv.title', hint: 'candidate.more.cv' },
  { to: '/practice', label: 'candidate.practice.title', hint: 'candidate.more.practice' },
  { to: '/suggestions', label: 'candidate.suggestions.title', hint: 'candidate.more.suggestions' },
  { to: '/workshops', label: 'candidate.workshops.title', hint: 'candidate.workshops.intro' },
  { to: '/inbox', label: 'candidate.inbox.title', hint: 'candidate.more.inbox' },
  { to: '/privacy', label: 'candidate.privacy.title', hint: 'candidate.more.privacy' },
];
