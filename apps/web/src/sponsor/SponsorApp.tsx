import { addMessages, useI18n } from '../i18n/i18n';
import { useRouter } from '../router';
import type { RoleAppProps } from '../shell/role-app';
import { Page } from '../ui/ui';
import { CommissionDashboard } from '../commission/CommissionDashboard';
import { ProgrammeList } from '../commission/ProgrammeList';
import '../commission/commission.css';
import { commissionEn, commissionFr } from '../commission/messages';
import { Activity } from './Activity';
import { sponsorEn, sponsorFr } from './messages';

// This role's words, added as its bundle loads (the shell carries only the shared ones).
addMessages({ ...commissionFr, ...sponsorFr }, { ...commissionEn, ...sponsorEn });

const PROGRAMME_PATH = /^\/programmes\/([^/]+)$/;

/**
 * Sponsor HR's console: their programmes, and for each the commission de suivi's dashboard (what
 * the committee's members see too) and the accompaniment's activity. Nothing here can name a
 * person: the gateway only ever answers them with suppressed counts.
 */
export default function SponsorApp({ accountActions, now }: RoleAppProps) {
  const { t } = useI18n();
  const { path } = useRouter();
  const programmeId = PROGRAMME_PATH.exec(path)?.[1];
  const sections = [{ to: '/', label: t('commission.programmes'), current: !programmeId }];
  return (
    <Page title={t('sponsor.title')} actions={accountActions} sections={sections}>
      {programmeId ? (
        <>
          <CommissionDashboard programmeId={decodeURIComponent(programmeId)} now={now} />
          <Activity programmeId={decodeURIComponent(programmeId)} />
        </>
      ) : (
        <ProgrammeList />
      )}
    </Page>
  );
}
