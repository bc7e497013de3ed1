import type { ReactNode } from 'react';
import type { SuppressionReason } from './gql/graphql';
import { useI18n } from '../i18n/i18n';

/** A count as reporting returns it: null and why when hidden. */
export interface Count {
  count?: number | null;
  suppression?: SuppressionReason | null;
}

/**
 * A count as the committee's tables show it (as the sponsor's do): a bar against the table's
 * `largest` and the number, or "Masqué" pointing (aria-describedby) to the sentence under the
 * table saying why. The console draws what the gateway returned and never works a hidden number out.
 */
export function CountCell({ value, largest, whyId }: { value: Count; largest?: number; whyId: string }) {
  const { t } = useI18n();
  if (value.count == null)
    return (
      <span className="hidden-count" aria-describedby={`${whyId}-why-${value.suppression ?? 'none'}`}>
        {t('commission.hidden')}
      </span>
    );
  return (
    <span className="bar-cell">
      {largest !== undefined && value.count > 0 && (
        <span
          className="count-bar"
          style={{ width: `${(value.count / largest) * 85}%` }}
          aria-hidden="true"
        />
      )}
      <span className="value">{value.count}</span>
    </span>
  );
}

/** The sentences saying why a table's hidden counts are hidden, one per reason. */
export function WhyHidden({
  whyId,
  values,
  threshold,
}: {
  whyId: string;
  values: readonly Count[];
  threshold: number;
}) {
  const { t } = useI18n();
  const reasons = [...new Set(values.map((value) => value.suppression).filter((reason) => reason != null))];
  return (
    <>
      {reasons.map((reason) => (
        <p key={reason} id={`${whyId}-why-${reason}`} className="muted why-hidden">
          {t(`commission.hidden.${reason}`, { k: threshold })}
        </p>
      ))}
    </>
  );
}

export interface CountRow {
  key: string;
  label: string;
  value: Count;
  /** The plan's target, already written, if the table has targets. */
  target?: string;
}

/** A chart that is also a table: one row a category, its count drawn as a bar, or "Masqué" with why. */
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
  const largest = Math.max(1, ...rows.map((row) => row.value.count ?? 0));
  const withTargets = rows.some((row) => row.target !== undefined);
  return (
    <>
      <table className="counts" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('commission.column.what')}</th>
            <th scope="col">{t('commission.column.count')}</th>
            {withTargets && <th scope="col">{t('commission.column.target')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>
                <CountCell value={row.value} largest={largest} whyId={id} />
              </td>
              {withTargets && <td>{row.target ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <WhyHidden whyId={id} values={rows.map((row) => row.value)} threshold={threshold} />
    </>
  );
}

/**
 * A table of rows by columns (a breakdown, the months): numbers only, in a region that scrolls
 * sideways on a phone rather than widening the page (focusable, so a keyboard can scroll it too).
 */
export function MatrixTable({
  id,
  caption,
  corner,
  columns,
  rows,
  threshold,
}: {
  id: string;
  caption: string;
  corner: string;
  columns: string[];
  rows: { key: string; label: ReactNode; cells: Count[] }[];
  threshold: number;
}) {
  return (
    <>
      {/* The caption sits above the scrolling region, so that a phone shows it whole. */}
      <p id={`${id}-caption`} className="matrix-caption">
        {caption}
      </p>
      <div className="matrix" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="counts matrix-table" id={id} aria-labelledby={`${id}-caption`}>
          <thead>
            <tr>
              <th scope="col">{corner}</th>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, index) => (
                  <td key={index}>
                    <CountCell value={cell} whyId={id} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <WhyHidden whyId={id} values={rows.flatMap((row) => row.cells)} threshold={threshold} />
    </>
  );
}
