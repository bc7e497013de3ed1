import { useState, type FormEvent } from 'react';
import type { ImportColumnMappingInput, ImportField } from './gql/graphql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Button, Card } from '../ui/ui';

const REQUIRED: readonly ImportField[] = ['EMPLOYEE_NUMBER', 'LAST_NAME', 'FIRST_NAME', 'EMAIL'];
const OPTIONAL: readonly ImportField[] = [
  'PHONE',
  'SITE',
  'FORMER_JOB_TITLE',
  'FORMER_OCCUPATION_CODE',
  'HIRE_DATE',
  'SENIORITY_YEARS',
  'CONTRACT_END_DATE',
  'LANGUAGES',
  'HOME_COMMUNE_CODE',
  'HOME_POSTCODE',
];
const fieldKey = (field: ImportField): MessageKey => `ops.field.${field}`;

/**
 * Which column of the file holds which field: a choice among the file's own headers for each of
 * the four fields intake needs (and, if wished, the others); a header chosen twice is said at once.
 */
export function ColumnMapping({
  headers,
  sending,
  failure,
  onSend,
  onCancel,
}: {
  headers: readonly string[];
  sending: boolean;
  failure: string | null;
  onSend: (mapping: ImportColumnMappingInput[], save: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<Partial<Record<ImportField, string>>>({});
  const [save, setSave] = useState(true);
  const [tried, setTried] = useState(false);
  const uses = new Map<string, number>();
  for (const header of Object.values(chosen)) if (header) uses.set(header, (uses.get(header) ?? 0) + 1);
  const problem = (field: ImportField): string | null => {
    const header = chosen[field];
    if (!header) return tried && REQUIRED.includes(field) ? t('ops.mapping.problem.required') : null;
    return (uses.get(header) ?? 0) > 1 ? t('ops.mapping.problem.twice', { header }) : null;
  };
  const fields = [...REQUIRED, ...OPTIONAL];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const wrong = fields.some((field) => {
      const header = chosen[field];
      return (REQUIRED.includes(field) && !header) || (header && (uses.get(header) ?? 0) > 1);
    });
    if (wrong) return;
    onSend(
      fields.flatMap((field) => (chosen[field] ? [{ field, header: chosen[field] }] : [])),
      save,
    );
  };
  const select = (field: ImportField) => {
    const id = `mapping-${field.toLowerCase()}`;
    const wrong = problem(field);
    return (
      <div className="field" key={field}>
        <label htmlFor={id}>
          {t(fieldKey(field))}
          {REQUIRED.includes(field) && <span className="muted"> {t('ops.mapping.required')}</span>}
        </label>
        <select
          id={id}
          value={chosen[field] ?? ''}
          aria-invalid={wrong ? true : undefined}
          aria-describedby={wrong ? `${id}-problem` : undefined}
          onChange={(event) => setChosen({ ...chosen, [field]: event.target.value || undefined })}
        >
          <option value="">
            {REQUIRED.includes(field) ? t('ops.mapping.choose') : t('ops.mapping.none')}
          </option>
          {headers.map((header) => (
            <option key={header} value={header}>
              {header}
            </option>
          ))}
        </select>
        {wrong && (
          <p id={`${id}-problem`} className="failure" role="alert">
            {wrong}
          </p>
        )}
      </div>
    );
  };
  return (
    <Card title={t('ops.mapping.title')}>
      <p>{t('ops.mapping.intro', { headers: headers.join(', ') })}</p>
      <form onSubmit={submit} noValidate>
        <div className="ops-grid">{REQUIRED.map(select)}</div>
        <details className="ops-details">
          <summary>{t('ops.mapping.optional')}</summary>
          <div className="ops-grid">{OPTIONAL.map(select)}</div>
        </details>
        <label className="option">
          <input type="checkbox" checked={save} onChange={(event) => setSave(event.target.checked)} />
          {t('ops.mapping.save')}
        </label>
        {failure && (
          <p role="alert" className="failure">
            {failure}
          </p>
        )}
        <div className="ops-actions">
          <button type="submit" className="button primary" disabled={sending}>
            {sending ? t('ops.import.sending') : t('ops.mapping.send')}
          </button>
          <Button kind="quiet" onClick={onCancel}>
            {t('ops.cancel')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
