import { useQuery } from '@apollo/client/react';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { Card, Failure, Loading } from '../ui/ui';
import { COMMISSION_PROGRAMMES } from './queries';

/** The programmes of the caller's sponsors, each opening its dashboard (sponsor HR and committee members). */
export function ProgrammeList() {
  const { t, day } = useI18n();
  const { data, loading, error, refetch } = useQuery(COMMISSION_PROGRAMMES);
  if (loading) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const programmes = data.programmes.nodes;
  if (!programmes.length) return <p>{t('commission.programmes.none')}</p>;
  return (
    <ul className="programme-list">
      {programmes.map((programme) => (
        <li key={programme.id}>
          <Card title={programme.name}>
            <p>
              {programme.sponsor.name} · {t(`commission.programme.status.${programme.status}`)}
            </p>
            {programme.type && programme.startDate && (
              <p className="muted">
                {t('commission.programme.facts', {
                  type: t(`commission.programme.type.${programme.type}`),
                  start: day(programme.startDate),
                  months: programme.durationMonths ?? '',
                })}
              </p>
            )}
            <Link to={`/programmes/${encodeURIComponent(programme.id)}`}>
              {t('commission.programme.open')}
            </Link>
          </Card>
        </li>
      ))}
    </ul>
  );
}
