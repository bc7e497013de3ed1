import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

/** The console's few primitives: one look, accessible by construction (landmarks, labels, focus). */

export function Page({
  title,
  children,
  actions,
  sections,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  /** The role's sections, as links under the header (the current one marked for screen readers). */
  sections?: { to: string; label: string; current: boolean }[];
}) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="bar">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('nav.account')}>{actions}</nav>
      </header>
      {sections && (
        <nav className="sections" aria-label={t('nav.sections')}>
          <ul>
            {sections.map((section) => (
              <li key={section.to}>
                <Link to={section.to} current={section.current}>
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
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

/**
 * A labelled text field that says what is wrong as the person types (`problem`, already in words)
 * and what is expected (`hint`), both tied to the input for screen readers.
 */
export function Field({
  id,
  label,
  value,
  onChange,
  type = 'text',
  hint,
  problem,
  required = false,
  autoComplete,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'number' | 'date' | 'datetime-local' | 'search';
  hint?: string;
  problem?: string | null;
  required?: boolean;
  autoComplete?: string;
}) {
  const described = [hint ? `${id}-hint` : null, problem ? `${id}-problem` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        value={value}
        required={required}
        autoComplete={autoComplete}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="failure" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** A calm confirmation that something was done, announced to screen readers. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="notice">
      {children}
    </p>
  );
}
