import { useI18n } from '../i18n/i18n';
import { useRouter } from '../router';
import type { RoleAppProps } from '../shell/role-app';
import { Page } from '../ui/ui';
import { CandidateHome } from './CandidateHome';
import { Diagnostic } from './Diagnostic';

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
  if (path === '/diagnostic')
    return (
      <Page title={t('candidate.diagnostic.title')} actions={accountActions}>
        <Diagnostic candidateId={candidateId} />
      </Page>
    );
  return (
    <Page title={t('candidate.home.greeting', { name: firstName })} actions={accountActions}>
      <CandidateHome candidateId={candidateId} now={now()} />
    </Page>
  );
}
