import { useI18n } from '../i18n/i18n';
import { Button, Card, LanguageSwitch, Page } from '../ui/ui';

/** Before signing in: what this is, and the one thing to do. */
export function Welcome({ signIn, notice }: { signIn: () => void; notice?: 'failed' | 'expired' }) {
  const { t } = useI18n();
  return (
    <Page title={t('auth.welcome.title')} actions={<LanguageSwitch />}>
      <Card title={t('app.name')}>
        <p>{t('auth.welcome.body')}</p>
        {notice && (
          <p role="alert" className="failure">
            {t(notice === 'failed' ? 'auth.failed' : 'auth.expired')}
          </p>
        )}
        <Button onClick={signIn}>{t('auth.signIn')}</Button>
      </Card>
    </Page>
  );
}
