import { addMessages, useI18n } from '../i18n/i18n';
import { useRouter } from '../router';
import type { RoleAppProps } from '../shell/role-app';
import { Page } from '../ui/ui';
import { AssignmentQueue } from './AssignmentQueue';
import { CapacityPlan } from './CapacityPlan';
import { CoachCaseload } from './CoachCaseload';
import { DocumentDownloads } from './DocumentDownloads';
import { ErasureRequests } from './ErasureRequests';
import { ImportScreen } from './ImportScreen';
import { NewProgramme } from './NewProgramme';
import { OfficePage, Offices } from './Offices';
import { People } from './People';
import { PersonPage } from './PersonPage';
import { ProgrammePage } from './ProgrammePage';
import { Programmes } from './Programmes';
import { ServiceLevels } from './ServiceLevels';
import type { Frame } from './frame';
import './ops.css';
import { opsErasureEn, opsErasureFr } from './erasure-messages';
import { opsEn, opsFr } from './messages';
import { opsPeopleEn, opsPeopleFr } from './people-messages';
import { opsLifecycleEn, opsLifecycleFr } from './lifecycle-messages';

// This role's words, added as its bundle loads (the shell carries only the shared ones).
addMessages(
  { ...opsFr, ...opsPeopleFr, ...opsErasureFr, ...opsLifecycleFr },
  { ...opsEn, ...opsPeopleEn, ...opsErasureEn, ...opsLifecycleEn },
);

/**
 * The operations team's console: programmes (and each one's HR import and outcomes), the people
 * waiting for a coach, and the offices with their rooms and coaches. One screen per path.
 */
export default function OpsApp({ account, accountActions, now }: RoleAppProps) {
  const { t } = useI18n();
  const { path } = useRouter();
  const section = path.startsWith('/queue')
    ? 'queue'
    : path.startsWith('/offices') || path.startsWith('/coaches')
      ? 'offices'
      : 'programmes';
  const sections = [
    { to: '/', label: t('ops.nav.programmes'), current: section === 'programmes' },
    { to: '/queue', label: t('ops.nav.queue'), current: section === 'queue' },
    { to: '/offices', label: t('ops.nav.offices'), current: section === 'offices' },
  ];
  const page: Frame = (title, body) => (
    <Page title={title} actions={accountActions} sections={sections}>
      {body}
    </Page>
  );
  const [, programmeId, importing, batchId] =
    /^\/programmes\/([0-9a-f-]{36})(\/import(?:s\/([0-9a-f-]{36}))?)?$/.exec(path) ?? [];
  const [, peopleOf] = /^\/programmes\/([0-9a-f-]{36})\/people$/.exec(path) ?? [];
  const [, capacityOf] = /^\/programmes\/([0-9a-f-]{36})\/capacity$/.exec(path) ?? [];
  const [, levelsOf] = /^\/programmes\/([0-9a-f-]{36})\/service-levels$/.exec(path) ?? [];
  const [, downloadsOf] = /^\/programmes\/([0-9a-f-]{36})\/downloads$/.exec(path) ?? [];
  const [, officeId] = /^\/offices\/([0-9a-f-]{36})$/.exec(path) ?? [];
  const [, coachId] = /^\/coaches\/([0-9a-f-]{36})$/.exec(path) ?? [];
  const [, candidateId] = /^\/people\/([0-9a-f-]{36})$/.exec(path) ?? [];
  if (path === '/programmes/new') return page(t('ops.new.title'), <NewProgramme account={account} />);
  if (programmeId && importing)
    return page(t('ops.import.title'), <ImportScreen programmeId={programmeId} batchId={batchId ?? null} />);
  if (path === '/erasure-requests') return page(t('ops.erasure.title'), <ErasureRequests now={now()} />);
  if (peopleOf) return page(t('ops.people.title'), <People programmeId={peopleOf} />);
  if (capacityOf) return <CapacityPlan programmeId={capacityOf} frame={page} />;
  if (levelsOf) return <ServiceLevels programmeId={levelsOf} frame={page} now={now()} />;
  if (downloadsOf) return <DocumentDownloads programmeId={downloadsOf} frame={page} />;
  if (programmeId) return <ProgrammePage programmeId={programmeId} frame={page} />;
  if (candidateId)
    return (
      <PersonPage
        candidateId={candidateId}
        frame={page}
        today={now().toISOString().slice(0, 10)}
        me={account.id}
      />
    );
  if (coachId) return <CoachCaseload coachId={coachId} frame={page} />;
  if (section === 'queue') return page(t('ops.queue.title'), <AssignmentQueue />);
  if (officeId) return <OfficePage officeId={officeId} frame={page} />;
  if (section === 'offices') return page(t('ops.offices.title'), <Offices account={account} />);
  return page(t('ops.programmes.title'), <Programmes />);
}
