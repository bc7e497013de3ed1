import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import type { SponsorActivityQuery } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Card, Failure, Loading } from '../ui/ui';
import { CountTable } from '../commission/Counts';
import { errorCode } from '../graphql/errors';

// A programme the gateway refuses: the commission's dashboard above already says so, in words.
const REFUSED = new Set(['FORBIDDEN', 'PROGRAMME_NOT_FOUND', 'NOT_FOUND']);

const SPONSOR_ACTIVITY = graphql(`
  query SponsorActivity($id: ID!) {
    programmePathwayProgress(programmeId: $id) {
      total
      totalSuppression
      suppressionThreshold
      phases {
        phase
        people
        suppression
      }
    }
    sessionCounts(programmeId: $id) {
      status
      count
      suppression
    }
    assessmentCompletion(programmeId: $id) {
      instrumentCode
      assigned
      inProgress
      completed
      released
      assignedSuppression
      inProgressSuppression
      completedSuppression
      releasedSuppression
    }
  }
`);

type Completion = SponsorActivityQuery['assessmentCompletion'][number];

/**
 * The accompaniment's activity as each service that runs it counts it (pathway's plans,
 * scheduling's appointments, assessment's tests), beside the commission's dashboard: aggregates
 * only, each already through the one suppression function on the server.
 */
export function Activity({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(SPONSOR_ACTIVITY, { variables: { id: programmeId } });
  if (loading) return <Loading />;
  if (error && REFUSED.has(errorCode(error) ?? '')) return null;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const progress = data.programmePathwayProgress;
  const k = progress?.suppressionThreshold ?? 5;
  return (
    <section aria-labelledby="activity-title">
      <h2 id="activity-title" className="programme-name">
        {t('sponsor.activity')}
      </h2>
      <p className="muted">{t('sponsor.activity.intro')}</p>
      <div className="dashboard">
        <Card title={t('sponsor.phases')}>
          {progress?.phases.length ? (
            <CountTable
              id="phases"
              caption={t('sponsor.phases.caption')}
              threshold={k}
              rows={progress.phases.map((row) => ({
                key: row.phase,
                label: t(`sponsor.phase.${row.phase}` as MessageKey),
                value: { count: row.people, suppression: row.suppression },
              }))}
            />
          ) : (
            <p>{t('commission.empty')}</p>
          )}
        </Card>
        <Card title={t('sponsor.sessions')}>
          {data.sessionCounts.length ? (
            <CountTable
              id="sessions"
              caption={t('sponsor.sessions.caption')}
              threshold={k}
              rows={data.sessionCounts.map((row) => ({
                key: row.status,
                label: t(`sponsor.session.${row.status}`),
                value: row,
              }))}
            />
          ) : (
            <p>{t('commission.empty')}</p>
          )}
        </Card>
        <Card title={t('sponsor.assessments')}>
          {data.assessmentCompletion.length ? (
            data.assessmentCompletion.map((row) => (
              <CountTable
                key={row.instrumentCode}
                id={`assessments-${row.instrumentCode}`}
                caption={`${t('sponsor.column.instrument')} ${row.instrumentCode}`}
                threshold={k}
                rows={completionRows(row, t)}
              />
            ))
          ) : (
            <p>{t('commission.empty')}</p>
          )}
        </Card>
      </div>
    </section>
  );
}

function completionRows(row: Completion, t: (key: MessageKey) => string) {
  return (['assigned', 'inProgress', 'completed', 'released'] as const).map((stage) => ({
    key: stage,
    label: t(`sponsor.column.${stage}`),
    value: { count: row[stage], suppression: row[`${stage}Suppression`] },
  }));
}
