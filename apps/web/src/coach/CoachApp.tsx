import { addMessages, useI18n } from '../i18n/i18n';
import { useRouter } from '../router';
import type { RoleAppProps } from '../shell/role-app';
import { Page } from '../ui/ui';
import { Calendar } from './Calendar';
import { Caseload } from './Caseload';
import { Debrief } from './Debrief';
import { DistressBanner } from './DistressBanner';
import { LabourMarket, labourMarketPath } from './LabourMarket';
import { PersonFile } from './PersonFile';
import { SessionNotes } from './SessionNotes';
import { mondayFromPath } from './paris-week';
import { calendarPath, usePersonName } from './people';
import './coach.css';
import { coachEn, coachFr } from './messages';

// This role's words, added as its bundle loads (the shell carries only the shared ones).
addMessages(coachFr, coachEn);

type Screen =
  | { name: 'caseload' }
  | { name: 'file'; candidateId: string }
  | { name: 'debrief'; candidateId: string; assessmentId: string }
  | { name: 'calendar'; monday: string | null }
  | { name: 'session'; sessionId: string }
  | { name: 'market'; zoneCode: string | null };

/**
 * The coach's screens by path: /, /people/<id>, /people/<id>/assessments/<id>, /calendar[/<monday>],
 * /sessions/<id> (a session's notes and summary), /labour-market[/<zone>].
 */
function screenOf(path: string): Screen {
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'people' && parts[1]) {
    if (parts[2] === 'assessments' && parts[3])
      return { name: 'debrief', candidateId: parts[1], assessmentId: parts[3] };
    return { name: 'file', candidateId: parts[1] };
  }
  if (parts[0] === 'calendar') return { name: 'calendar', monday: mondayFromPath(parts[1]) };
  if (parts[0] === 'sessions' && parts[1]) return { name: 'session', sessionId: parts[1] };
  if (parts[0] === 'labour-market')
    return { name: 'market', zoneCode: parts[1] ? decodeURIComponent(parts[1]) : null };
  return { name: 'caseload' };
}

/** The coach console: the caseload, a person's file, the debrief, the week; distress always on top. */
export default function CoachApp({ account, accountActions, now }: RoleAppProps) {
  const { t } = useI18n();
  const { path } = useRouter();
  const screen = screenOf(path);
  const coachId = account.coachId;
  const sections = [
    { to: '/', label: t('coach.nav.caseload'), current: screen.name === 'caseload' },
    {
      to: calendarPath(),
      label: t('coach.nav.calendar'),
      current: screen.name === 'calendar' || screen.name === 'session',
    },
    { to: labourMarketPath(), label: t('coach.nav.market'), current: screen.name === 'market' },
  ];
  if (!coachId)
    return (
      <Page title={t('coach.title')} actions={accountActions}>
        <p>{t('role.unknown')}</p>
      </Page>
    );
  switch (screen.name) {
    case 'caseload':
      return (
        <Page title={t('coach.title')} actions={accountActions} sections={sections}>
          <DistressBanner />
          <Caseload coachId={coachId} now={now()} />
        </Page>
      );
    case 'file':
      return (
        <FilePage
          candidateId={screen.candidateId}
          accountActions={accountActions}
          sections={sections}
          today={now().toISOString().slice(0, 10)}
        />
      );
    case 'debrief':
      return (
        <Page title={t('coach.debrief.title')} actions={accountActions} sections={sections}>
          <DistressBanner />
          <Debrief candidateId={screen.candidateId} assessmentId={screen.assessmentId} />
        </Page>
      );
    case 'calendar':
      return (
        <Page title={t('coach.calendar.title')} actions={accountActions} sections={sections}>
          <DistressBanner />
          <Calendar coachId={coachId} monday={screen.monday} now={now()} />
        </Page>
      );
    case 'session':
      return (
        <Page title={t('coach.notes.title')} actions={accountActions} sections={sections}>
          <DistressBanner />
          <SessionNotes sessionId={screen.sessionId} />
        </Page>
      );
    case 'market':
      return (
        <Page title={t('coach.market.title')} actions={accountActions} sections={sections}>
          <DistressBanner />
          <LabourMarket zoneCode={screen.zoneCode} />
        </Page>
      );
  }
}

function FilePage({
  candidateId,
  accountActions,
  sections,
  today,
}: {
  candidateId: string;
  accountActions: RoleAppProps['accountActions'];
  sections: { to: string; label: string; current: boolean }[];
  today: string;
}) {
  const { t } = useI18n();
  const name = usePersonName(candidateId);
  return (
    <Page title={name ?? t('coach.file.title')} actions={accountActions} sections={sections}>
      <DistressBanner />
      <PersonFile candidateId={candidateId} today={today} />
    </Page>
  );
}
