import { addMessages, useI18n } from '../i18n/i18n';
import { useRouter } from '../router';
import type { RoleAppProps } from '../shell/role-app';
import { Page } from '../ui/ui';
import { CommissionDashboard } from '../commission/CommissionDashboard';
import { ProgrammeList } from '../commission/ProgrammeList';
import '../commission/commission.css';
import { commissionEn, commissionFr } from '../commission/messages';
import { committeeEn, committeeFr } from './messages';

// This role's words, added as its bundle loads (the shell carries only the shared ones).
addMessages({ ...commissionFr, ...committeeFr }, { ...commissionEn, ...committeeEn });

const PROGRAMME_PATH = /^\/programmes\/([^/]+)$/;

/**
 * A committee member's console (staff representatives on the commission de suivi): their
 * sponsors' programmes, and for each the commission's dashboard, read-only. Exactly what the
 * sponsor's HR sees of it: counts only, hidden ones said so with why.
 */
export default function CommitteeApp({ accountActions, now }: RoleAppProps) {
  const { t } = useI18n();
  const { path } = useRouter();
  const programmeId = PROGRAMME_PATH.exec(path)?.[1];
  const sections = [{ to: '/', label: t('commission.programmes'), current: !programmeId }];
  return (
    <Page title={t('committee.title')} actions={accountActions} sections={sections}>
      {programmeId ? (
        <CommissionDashboard programmeId={decodeURIComponent(programmeId)} now={now} />
      ) : (
        <ProgrammeList />
      )}
    </Page>
  );
}
