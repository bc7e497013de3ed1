import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { Card, Failure, Loading } from '../ui/ui';
import type { Frame } from './frame';

const CASELOAD = graphql(`
  query OpsCoachCaseload($id: ID!) {
    coach(id: $id) {
      id
      displayName
      email
      activeCaseload
      maxCaseload
    }
    caseload(coachId: $id) {
      candidateId
      assignedAt
      mode
      reason
    }
  }
`);

const NAME = graphql(`
  query OpsPersonName($id: ID!) {
    candidate(id: $id) {
      id
      firstName
      lastName
    }
  }
`);

/** A coach's people, each a way to their record (outcome, valid job offers). */
export function CoachCaseload({ coachId, frame }: { coachId: string; frame: Frame }) {
  const { t, dateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(CASELOAD, {
    variables: { id: coachId },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return frame(t('ops.coach.title'), <Loading />);
  if (error || !data?.coach) return frame(t('ops.coach.title'), <Failure retry={() => void refetch()} />);
  return frame(
    data.coach.displayName,
    <Card title={t('ops.caseload.title')}>
      <p className="muted">
        {t('ops.coaches.load', { load: data.coach.activeCaseload ?? 0, max: data.coach.maxCaseload ?? 0 })}
      </p>
      {data.caseload.length === 0 ? (
        <p>{t('ops.caseload.none')}</p>
      ) : (
        <ul className="ops-list" aria-label={t('ops.caseload.title')}>
          {data.caseload.map((assignment) => (
            <li key={assignment.candidateId} className="ops-row">
              <PersonLink candidateId={assignment.candidateId} />
              <span className="muted">
                {t('ops.caseload.since', { when: dateTime(assignment.assignedAt) })}
              </span>
              <span className="muted">{assignment.reason ?? ''}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>,
  );
}

export function PersonLink({ candidateId }: { candidateId: string }) {
  const { t } = useI18n();
  const { data } = useQuery(NAME, { variables: { id: candidateId } });
  const name = data?.candidate
    ? `${data.candidate.firstName} ${data.candidate.lastName}`
    : t('ops.queue.someone');
  return <Link to={`/people/${candidateId}`}>{name}</Link>;
}
