import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Link } from '../router';
import { Failure, Loading } from '../ui/ui';
import { personPath } from './people';
import { byUrgency, type CaseloadRow } from './urgency';

/** The days ahead in which the caseload looks for each person's next session (the API's range is 62). */
const NEXT_SESSION_DAYS = 60;

const CASELOAD = graphql(`
  query CoachCaseload($coachId: ID!, $from: DateTime!, $to: DateTime!) {
    caseload(coachId: $coachId) {
      candidateId
      assignedAt
    }
    atRiskCandidates(first: 100) {
      candidateId
      urgency
      reasons {
        reason
        detail
      }
      nextAction
    }
    distressAlerts(first: 100) {
      candidateId
      submittedAt
    }
    coachCalendar(coachId: $coachId, from: $from, to: $to) {
      id
      kind
      startsAt
      status
      candidateIds
    }
  }
`);

const PERSON = graphql(`
  query CoachCaseloadPerson($id: ID!) {
    candidate(id: $id) {
      id
      firstName
      lastName
      status
      pathway {
        id
        track
        currentPhase
      }
    }
  }
`);

/** The coach's people, most urgent first, each with their track, next session and flags. */
export function Caseload({ coachId, now }: { coachId: string; now: Date }) {
  const { t } = useI18n();
  // The range is fixed when the screen opens: a new `now` at each render must not refetch.
  const [range] = useState(() => ({
    from: now.toISOString(),
    to: new Date(now.getTime() + NEXT_SESSION_DAYS * 86_400_000).toISOString(),
  }));
  const { data, loading, error, refetch } = useQuery(CASELOAD, {
    variables: { coachId, ...range },
    pollInterval: 120_000,
  });
  if (loading && !data) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const distressed = new Set(data.distressAlerts.map((alert) => alert.candidateId));
  const risks = new Map(data.atRiskCandidates.map((risk) => [risk.candidateId, risk]));
  const booked = data.coachCalendar
    .filter((session) => session.status === 'BOOKED')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const rows = byUrgency(
    data.caseload.map((assignment) => ({
      candidateId: assignment.candidateId,
      assignedAt: assignment.assignedAt,
      distress: distressed.has(assignment.candidateId),
      risk: risks.get(assignment.candidateId) ?? null,
      next: booked.find((session) => session.candidateIds.includes(assignment.candidateId)) ?? null,
    })),
  );
  const flagged = rows.filter((row) => row.distress || row.risk).length;
  return (
    <>
      <p className="coach-summary">{t('coach.caseload.summary', { count: rows.length, flagged })}</p>
      {rows.length ? (
        <ul className="coach-caseload">
          {rows.map((row) => (
            <CaseloadItem key={row.candidateId} row={row} />
          ))}
        </ul>
      ) : (
        <p>{t('coach.caseload.empty')}</p>
      )}
    </>
  );
}

function CaseloadItem({ row }: { row: CaseloadRow }) {
  const { t, dateTime } = useI18n();
  const { data, error } = useQuery(PERSON, { variables: { id: row.candidateId } });
  const person = data?.candidate;
  const name = person
    ? `${person.firstName} ${person.lastName}`
    : error
      ? t('coach.person.unknown')
      : t('coach.person.loading');
  const urgency = row.distress ? 'distress' : row.risk ? row.risk.urgency.toLowerCase() : 'none';
  return (
    <li className={`coach-person urgency-${urgency}`}>
      <h2 className="coach-person-name">
        <Link to={personPath(row.candidateId)}>{name}</Link>
      </h2>
      <p className="coach-flags">
        {row.distress && <span className="coach-flag distress">{t('coach.flag.distress')}</span>}
        {row.risk && (
          <span className={`coach-flag risk-${row.risk.urgency.toLowerCase()}`}>
            {t(`coach.flag.risk.${row.risk.urgency}` as MessageKey)}
          </span>
        )}
        {!row.distress && !row.risk && <span className="coach-flag calm">{t('coach.flag.none')}</span>}
      </p>
      <dl className="coach-facts">
        <div>
          <dt>{t('coach.caseload.track')}</dt>
          <dd>
            {person?.pathway?.track
              ? t(`coach.track.${person.pathway.track}` as MessageKey)
              : t('coach.caseload.trackUnknown')}
          </dd>
        </div>
        <div>
          <dt>{t('coach.caseload.next')}</dt>
          <dd>
            {row.next
              ? t('coach.caseload.nextWhen', {
                  kind: t(`session.kind.${row.next.kind}` as MessageKey),
                  when: dateTime(row.next.startsAt),
                })
              : t('coach.caseload.nextNone')}
          </dd>
        </div>
        {row.risk && (
          <div>
            <dt>{t('coach.caseload.why')}</dt>
            <dd>
              {row.risk.reasons.map((finding) => t(`coach.risk.${finding.reason}` as MessageKey)).join(', ')}
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
