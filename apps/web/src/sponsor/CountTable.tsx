import type { SuppressionReason } from './gql/graphql';
import { useI18n } from '../i18n/i18n';

export interface CountRow {
  key: string;
  label: string;
  /** Null when hidden: `suppression` then says why. */
  count: number | null | undefined;
  suppression: SuppressionReason | null | undefined;
  /** The contract's target share for this row, 0 to 100, if there is one. */
  targetPercent?: number;
}

/**
 * A chart that is also a table: one row a category, its count drawn as a bar. A hidden count is
 * written "Masqué" and points (aria-describedby) to the sentence under the table saying why; the
 * console draws what the gateway returned and never works a hidden number out.
 */
export function CountTable({
  id,
  caption,
  rows,
  threshold,
}: {
  id: string;
  caption: string;
  rows: CountRow[];
  threshold: number;
}) {
  const { t } = useI18n();
  const largest = Math.max(1, ...rows.map((row) => row.count ?? 0));
  const reasons = [...new Set(rows.map((row) => row.suppression).filter((reason) => reason != null))];
  const withTargets = rows.some((row) => row.targetPercent !== undefined);
  return (
    <>
      <table className="counts">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sponsor.column.what')}</th>
            <th scope="col">{t('sponsor.column.count')}</th>
            {withTargets && <th scope="col">{t('sponsor.column.target')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>
                {row.count == null ? (
                  <span className="hidden-count" aria-describedby={`${id}-why-${row.suppression ?? 'none'}`}>
                    {t('sponsor.hidden')}
                  </span>
                ) : (
                  <span className="bar-cell">
                    {row.count > 0 && (
                      <span
                        className="count-bar"
                        style={{ width: `${(row.count / largest) * 85}%` }}
                        aria-hidden="true"
                      />
                    )}
                    <span className="value">{row.count}</span>
                  </span>
                )}
              </td>
              {withTargets && <td>{row.targetPercent === undefined ? '' : `${row.targetPercent} %`}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {reasons.map((reason) => (
        <p key={reason} id={`${id}-why-${reason}`} className="muted why-hidden">
          {t(`sponsor.hidden.${reason}`, { k: threshold })}
        </p>
      ))}
    </>
  );
}
