import type { SuppressionReason } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { CountCell, WhyHidden } from './CountCell';

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
 * A chart that is also a table: one row a category, its count drawn as a bar (CountCell), or
 * "Masqué" with why under the table.
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
                <CountCell count={row.count} suppression={row.suppression} largest={largest} whyId={id} />
              </td>
              {withTargets && <td>{row.targetPercent === undefined ? '' : `${row.targetPercent} %`}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <WhyHidden whyId={id} reasons={rows.map((row) => row.suppression)} threshold={threshold} />
    </>
  );
}
