import type { ReactNode } from 'react';
import { addMessages, useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Link, useRouter } from '../router';
import type { RoleAppProps } from '../shell/role-app';
import { Card, Page } from '../ui/ui';
import { Applications } from './Applications';
import { Assessment } from './Assessment';
import { Assessments } from './Assessments';
import { CandidateHome } from './CandidateHome';
import { Cv } from './Cv';
import { Diagnostic } from './Diagnostic';
import { Inbox } from './Inbox';
import { Plan } from './Plan';
import { Practice, PracticeSession } from './Practice';
import { Privacy } from './Privacy';
import { Project } from './Project';
import { Sessions } from './Sessions';
import { Suggestions } from './Suggestions';
import { MORE } from './more';
import './candidate.css';
import { candidateEn, candidateFr } from './messages';
import { Workshops } from './Workshops';
import { candidateWorkshopsEn, candidateWorkshopsFr } from './workshop-messages';

// This role's words, added as its bundle loads (the shell carries only the shared ones).
addMessages({ ...candidateFr, ...candidateWorkshopsFr }, { ...candidateEn, ...candidateWorkshopsEn });

/** The sections under the header: five at most, so they fit a phone's width. */
const SECTIONS: { to: string; label: MessageKey; owns: string[] }[] = [
  { to: '/', label: 'nav.home', owns: ['/', '/diagnostic'] },
  { to: '/sessions', label: 'candidate.nav.sessions', owns: ['/sessions'] },
  { to: '/plan', label: 'candidate.nav.plan', owns: ['/plan'] },
  { to: '/assessments', label: 'candidate.nav.tests', owns: ['/assessments'] },
  {
    to: '/more',
    label: 'candidate.nav.more',
    owns: [
      '/more',
      '/suggestions',
      '/workshops',
      '/inbox',
      '/privacy',
      '/applications',
      '/cv',
      '/project',
      '/practice',
    ],
  },
];

/** The person's console, phone first: home, then one screen per thing to do. */
export default function CandidateApp({ account, accountActions, now }: RoleAppProps) {
  const { t } = useI18n();
  const { path } = useRouter();
  const candidateId = account.candidateId;
  const firstName = account.displayName.split(' ')[0] ?? '';
  if (!candidateId)
    return (
      <Page title={t('app.name')} actions={accountActions}>
        <p>{t('role.unknown')}</p>
      </Page>
    );
  const sections = SECTIONS.map((section) => ({
    to: section.to,
    label: t(section.label),
    current: section.owns.some((owned) =>
      owned === '/' ? path === '/' : path === owned || path.startsWith(`${owned}/`),
    ),
  }));
  const page = (title: string, body: ReactNode) => (
    <Page title={title} actions={accountActions} sections={sections}>
      {body}
    </Page>
  );
  const assessment = /^\/assessments\/([0-9a-f-]{36})$/.exec(path)?.[1];
  if (assessment)
    return page(t('candidate.tests.one'), <Assessment key={assessment} assessmentId={assessment} />);
  const practice = /^\/practice\/([0-9a-f-]{36})$/.exec(path)?.[1];
  if (practice)
    return page(t('candidate.practice.one'), <PracticeSession key={practice} sessionId={practice} />);
  switch (path) {
    case '/diagnostic':
      return page(t('candidate.diagnostic.title'), <Diagnostic candidateId={candidateId} />);
    case '/sessions':
      return page(t('candidate.sessions.title'), <Sessions candidateId={candidateId} now={now()} />);
    case '/plan':
      return page(t('candidate.plan.title'), <Plan candidateId={candidateId} />);
    case '/assessments':
      return page(t('candidate.tests.title'), <Assessments candidateId={candidateId} />);
    case '/suggestions':
      return page(t('candidate.suggestions.title'), <Suggestions candidateId={candidateId} />);
    case '/applications':
      return page(t('candidate.applications.title'), <Applications candidateId={candidateId} now={now()} />);
    case '/cv':
      return page(t('candidate.cv.title'), <Cv candidateId={candidateId} now={now()} />);
    case '/project':
      return page(t('candidate.project.title'), <Project candidateId={candidateId} />);
    case '/practice':
      return page(t('candidate.practice.title'), <Practice candidateId={candidateId} />);
    case '/workshops':
      return page(t('candidate.workshops.title'), <Workshops candidateId={candidateId} />);
    case '/inbox':
      return page(t('candidate.inbox.title'), <Inbox />);
    case '/privacy':
      return page(t('candidate.privacy.title'), <Privacy candidateId={candidateId} />);
    case '/more':
      return page(
        t('candidate.nav.more'),
        <>
          {MORE.map((entry) => (
            <Card key={entry.to} title={t(entry.label)}>
              <p>{t(entry.hint)}</p>
              <Link to={entry.to}>{t('candidate.more.open', { screen: t(entry.label) })}</Link>
            </Card>
          ))}
        </>,
      );
    default:
      return page(
        t('candidate.home.greeting', { name: firstName }),
        <CandidateHome candidateId={candidateId} now={now()} />,
      );
  }
}
