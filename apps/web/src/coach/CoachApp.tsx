import { useI18n } from '../i18n/i18n';
import type { RoleAppProps } from '../shell/role-app';
import { Page } from '../ui/ui';

/** The coach console. */
export default function CoachApp({ accountActions }: RoleAppProps) {
  const { t } = useI18n();
  return (
    <Page title={t('coach.title')} actions={accountActions}>
      <p>{t('role.unknown')}</p>
    </Page>
  );
}
