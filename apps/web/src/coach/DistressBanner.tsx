import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/ui';
import { PersonLink, useDistressReason } from './people';

export const DISTRESS_ALERTS = graphql(`
  query CoachDistressAlerts {
    distressAlerts(first: 50) {
      candidateId
      submittedAt
      reasons {
        code
        text {
          fr
          en
        }
      }
    }
  }
`);

/**
 * People who said they are in distress, on top of every coach screen until the coach has seen
 * them: a banner announced to screen readers (role="alert"), each person a link to their file.
 */
export function DistressBanner() {
  const { t, dateTime } = useI18n();
  const distressReason = useDistressReason();
  // Polled: a distress signal must reach the coach without a reload.
  const { data, error, refetch } = useQuery(DISTRESS_ALERTS, { pollInterval: 60_000 });
  const alerts = data?.distressAlerts ?? [];
  // Not knowing is not "nobody": a failed read says so, with a way to try again.
  if (error && !data)
    return (
      <div className="coach-distress" role="alert">
        <p>{t('coach.distress.unavailable')}</p>
        <Button kind="quiet" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </div>
    );
  if (!alerts.length) return null;
  return (
    <div className="coach-distress" role="alert" aria-labelledby="coach-distress-title">
      <h2 id="coach-distress-title">{t('coach.distress.title', { count: alerts.length })}</h2>
      <p>{t('coach.distress.body')}</p>
      <ul>
        {alerts.map((alert) => (
          <li key={alert.candidateId}>
            <strong>
              <PersonLink candidateId={alert.candidateId} />
            </strong>{' '}
            <span>
              {alert.reasons.length
                ? t('coach.distress.whenWhy', {
                    when: dateTime(alert.submittedAt),
                    why: alert.reasons.map(distressReason).join(' ; '),
                  })
                : t('coach.distress.when', { when: dateTime(alert.submittedAt) })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
