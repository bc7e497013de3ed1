import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import type { SponsorDashboardQuery } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Card, Failure, Loading } from '../ui/ui';
import { CountTable } from './CountTable';
import { TimelineTable } from './TimelineTable';

const SPONSOR_DASHBOARD = graphql(`
  query SponsorDashboard($id: ID!) {
    programme(id: $id) {
      id
      name
      status
      type
      startDate
      durationMonths
      outcomeTargets {
        category
        sharePercent
      }
    }
    programmeOutcomeSummary(programmeId: $id) {
      people
      peopleSuppression
      suppressionThreshold
      outcomes {
        category
        count
        suppression
      }
    }
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
    programmeOutcomeTimeline(programmeId: $id) {
      month
      enrolled
      enrolledSuppression
      outcomes
      outcomesSuppression
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

type Completion = SponsorDashboardQuery['assessmentCompletion'][number];

/**
 * One programme as the sponsor's HR follows it: aggregates only, each from the service that owns
 * it and each already passed through the one suppression function on the server.
 */
export function Dashboard({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(SPONSOR_DASHBOARD, { variables: { id: programmeId } });
  if (loading) return <Loading />;
  if (error || !data?.programme) return <Failure retry={() => void refetch()} />;
  const { programme, programmeOutcomeSummary: outcomes, programmePathwayProgress: progress } = data;
  const k = outcomes.suppressionThreshold;
  const targets = new Map(programme.outcomeTargets.map((target) => [target.category, target.sharePercent]));
  return (
    <>
      <h2 className="programme-name">{programme.name}</h2>
      <p className="muted">{t('sponsor.privacy', { k })}</p>
      <div className="dashboard">
        <Card title={t('sponsor.people')}>
          {outcomes.people == null ? (
            <p className="hidden-count">
              {t(`sponsor.hidden.${outcomes.peopleSuppression ?? 'SMALL_POPULATION'}`, { k })}
            </p>
          ) : (
            <p className="big-number">{t('sponsor.people.count', { count: outcomes.people })}</p>
          )}
        </Card>
        <Card title={t('sponsor.outcomes')}>
          <CountTable
            id="outcomes"
            caption={t('sponsor.outcomes.caption')}
            threshold={k}
            rows={outcomes.outcomes.map((row) => ({
              key: row.category,
              label: t(`sponsor.outcome.${row.category}`),
              count: row.count,
              suppression: row.suppression,
              targetPercent: targets.get(row.category),
            }))}
          />
        </Card>
        <Card title={t('sponsor.phases')}>
          {progress?.phases.length ? (
            <CountTable
              id="phases"
              caption={t('sponsor.phases.caption')}
              threshold={progress.suppressionThreshold}
              rows={progress.phases.map((row) => ({
                key: row.phase,
                label: t(`sponsor.phase.${row.phase}` as MessageKey),
                count: row.people,
                suppression: row.suppression,
              }))}
            />
          ) : (
            <p>{t('sponsor.empty')}</p>
          )}
        </Card>
        <Card title={t('sponsor.timeline')}>
          {data.programmeOutcomeTimeline.length ? (
            <TimelineTable rows={data.programmeOutcomeTimeline} threshold={k} />
          ) : (
            <p>{t('sponsor.empty')}</p>
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
                count: row.count,
                suppression: row.suppression,
              }))}
            />
          ) : (
            <p>{t('sponsor.empty')}</p>
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
            <p>{t('sponsor.empty')}</p>
          )}
        </Card>
      </div>
    </>
  );
}

function completionRows(row: Completion, t: (key: MessageKey) => string) {
  return (['assigned', 'inProgress', 'completed', 'released'] as const).map((stage) => ({
    key: stage,
    label: t(`sponsor.column.${stage}`),
    count: row[stage],
    suppression: row[`${stage}Suppression`],
  }));
}
