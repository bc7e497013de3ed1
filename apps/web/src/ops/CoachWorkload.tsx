import type { OpsServiceLevelsQuery } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { Card } from '../ui/ui';
import type { Directory } from './ServiceLevels';

type View = OpsServiceLevelsQuery['coachWorkload'];

/**
 * Each coach's workload in the programme, the heaviest caseload first, against the
 * people-per-consultant term. A coach above it is marked calmly (a tinted row and the words "above
 * the term by n", never colour alone): it is a matter of staffing to look at, not an alarm.
 * On a phone each coach's row becomes a small card, its figures labelled.
 */
export function CoachWorkload({
  view,
  term,
  directory,
  asOf,
}: {
  view: View;
  term: number;
  directory: Directory;
  asOf: string;
}) {
  const { t, day, language } = useI18n();
  const number = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
  const above = view.coaches.filter((coach) => coach.aboveTermBy > 0).length;
  return (
    <Card title={t('ops.workload.title')}>
      {view.coaches.length === 0 ? (
        <p>{t('ops.workload.none')}</p>
      ) : (
        <>
          <p>
            {above === 0
              ? t('ops.workload.allWithin', { count: view.coaches.length, term })
              : t('ops.workload.someAbove', { count: view.coaches.length, above, term })}
          </p>
          <table className="levels-table workload-table">
            <caption>{t('ops.workload.caption', { weeks: view.weeks, day: day(asOf) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ops.workload.column.coach')}</th>
                <th scope="col">{t('ops.workload.column.caseload', { term })}</th>
                <th scope="col">{t('ops.workload.column.sessions')}</th>
                <th scope="col">{t('ops.workload.column.noShows')}</th>
                <th scope="col">{t('ops.workload.column.atRisk')}</th>
                <th scope="col">{t('ops.workload.column.offices')}</th>
              </tr>
            </thead>
            <tbody>
              {view.coaches.map((row) => (
                <tr key={row.coach.id} className={row.aboveTermBy > 0 ? 'workload-above' : undefined}>
                  <th scope="row">
                    <Link to={`/coaches/${row.coach.id}`}>{directory.coachName(row.coach.id)}</Link>
                  </th>
                  <td data-label={t('ops.workload.column.caseload', { term })}>
                    <span className="workload-number">{row.caseload}</span>
                    {row.aboveTermBy > 0 && (
                      <span className="workload-note">
                        {t('ops.workload.aboveBy', { count: row.aboveTermBy })}
                      </span>
                    )}
                  </td>
                  <td className="workload-number" data-label={t('ops.workload.column.sessions')}>
                    {number.format(row.sessionsPerWeek)}
                  </td>
                  <td className="workload-number" data-label={t('ops.workload.column.noShows')}>
                    {row.noShows}
                  </td>
                  <td className="workload-number" data-label={t('ops.workload.column.atRisk')}>
                    {row.atRisk}
                  </td>
                  <td data-label={t('ops.workload.column.offices')}>
                    {row.officeIds.map(directory.officeName).join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('ops.workload.atRiskNote')}</p>
        </>
      )}
    </Card>
  );
}
