import type { SuppressionReason } from './gql/graphql';
import { useI18n } from '../i18n/i18n';

export interface MonthRow {
  month: string;
  enrolled: number | null | undefined;
  enrolledSuppression: SuppressionReason | null | undefined;
  outcomes: number | null | undefined;
  outcomesSuppression: SuppressionReason | null | undefined;
}

/**
 * The programme month by month: the people enrolled and the people who found a way out that
 * month, as bars; a hidden count says "Masqué" and points to why, as in CountTable.
 */
export function TimelineTable({ rows, threshold }: { rows: MonthRow[]; threshold: number }) {
  const { t, language } = useI18n();
  const monthName = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const largest = Math.max(1, ...rows.flatMap((row) => [row.enrolled ?? 0, row.outcomes ?? 0]));
  const reasons = [
    ...new Set(
      rows.flatMap((row) => [row.enrolledSuppression, row.outcomesSuppression]).filter((r) => r != null),
    ),
  ];
  const cell = (count: number | null | undefined, why: SuppressionReason | null | undefined) =>
    count == null ? (
      <span className="hidden-count" aria-describedby={`timeline-why-${why ?? 'none'}`}>
        {t('sponsor.hidden')}
      </span>
    ) : (
      <span className="bar-cell">
        {count > 0 && (
          <span className="count-bar" style={{ width: `${(count / largest) * 85}%` }} aria-hidden="true" />
        )}
        <span className="value">{count}</span>
      </span>
    );
  return (
    <>
      <table className="counts timeline">
        <caption>{t('sponsor.timeline.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sponsor.timeline.month')}</th>
            <th scope="col">{t('sponsor.timeline.enrolled')}</th>
            <th scope="col">{t('sponsor.timeline.outcomes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month}>
              <th scope="row">{monthName.format(new Date(`${row.month}-01T00:00:00Z`))}</th>
              <td>{cell(row.enrolled, row.enrolledSuppression)}</td>
              <td>{cell(row.outcomes, row.outcomesSuppression)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {reasons.map((reason) => (
        <p key={reason} id={`timeline-why-${reason}`} className="muted why-hidden">
          {t(`sponsor.hidden.${reason}`, { k: threshold })}
        </p>
      ))}
    </>
  );
}
