import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/** The console's few primitives: one look, accessible by construction (landmarks, labels, focus). */

export function Page({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="bar">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label="compte">{actions}</nav>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}

export function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function Button({
  children,
  onClick,
  kind = 'primary',
  disabled = false,
}: {
  children: ReactNode;
  onClick: () => void;
  kind?: 'primary' | 'quiet';
  disabled?: boolean;
}) {
  return (
    <button type="button" className={`button ${kind}`} onClick={onClick} disabled={disabled}>
      {children}
    </button>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="muted">
      {t('common.loading')}
    </p>
  );
}

export function Failure({ retry }: { retry?: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="failure">
      <p>{t('common.error')}</p>
      {retry && (
        <Button kind="quiet" onClick={retry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <Button kind="quiet" onClick={() => setLanguage(language === 'fr' ? 'en' : 'fr')}>
      <span aria-label={t('common.languageLabel')} lang={language === 'fr' ? 'en' : 'fr'}>
        {t('common.language')}
      </span>
    </Button>
  );
}
