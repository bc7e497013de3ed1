import type { SuppressionReason } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { CountCell, WhyHidden } from './CountCell';

export interface MonthRow {
  month: string;
  enrolled: number | null | undefined;
  enrolledSuppression: SuppressionReason | null | undefined;
  outcomes: number | null | undefined;
  outcomesSuppression: SuppressionReason | null | undefined;
}

/**
 * The programme month by month: the people enrolled and the people who found a way out that
 * month, each a CountCell.
 */
export function TimelineTable({ rows, threshold }: { rows: MonthRow[]; threshold: number }) {
  const { t, language } = useI18n();
  const monthName = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const largest = Math.max(1, ...rows.flatMap((row) => [row.enrolled ?? 0, row.outcomes ?? 0]));
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
              <td>
                <CountCell
                  count={row.enrolled}
                  suppression={row.enrolledSuppression}
                  largest={largest}
                  whyId="timeline"
                />
              </td>
              <td>
                <CountCell
                  count={row.outcomes}
                  suppression={row.outcomesSuppression}
                  largest={largest}
                  whyId="timeline"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <WhyHidden
        whyId="timeline"
        reasons={rows.flatMap((row) => [row.enrolledSuppression, row.outcomesSuppression])}
        threshold={threshold}
      />
    </>
  );
}
