import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import type { OpsCapacityPlanQuery } from './gql/graphql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { Button, Card, Failure, Field, Loading } from '../ui/ui';
import type { Frame } from './frame';
import { languageNames } from './words';
import './capacity.css';

const PLAN = graphql(`
  query OpsCapacityPlan($programmeId: ID!, $days: Int, $after: String) {
    programme(id: $programmeId) {
      id
      name
    }
    offices {
      id
      name
    }
    capacityPlan(programmeId: $programmeId, assumptions: { firstMeetingWithinDays: $days }) {
      waiting
      coachesMissing
      assumptions {
        firstMeetingWithinDays
        firstMeetingMinutes
        firstMeetingShare
        defaultMaxCaseload
      }
      offices {
        officeId
        waiting
        coachesMissing
        groups {
          track
          language
          waiting
          coaches
          freePlaces
          firstMeetingSlots
          caseloadPerCoach
          coachesMissing
          binding
          everyoneReachedBy
        }
      }
      longestWaiting(first: 50, after: $after) {
        nodes {
          candidateId
          reasonCode
          queuedAt
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

const PROGRAMME_NAME = graphql(`
  query OpsCapacityProgrammeName($id: ID!) {
    programme(id: $id) {
      id
      name
    }
  }
`);

const PERSON = graphql(`
  query OpsWaitingPerson($id: ID!) {
    candidate(id: $id) {
      id
      firstName
      lastName
    }
  }
`);

type Plan = OpsCapacityPlanQuery['capacityPlan'];
type Group = Plan['offices'][number]['groups'][number];

/**
 * How many coaches each office of a programme lacks to meet everyone waiting within the time to
 * first meeting (which ops may change), and the people waiting longest first.
 */
export function CapacityPlan({ programmeId, frame }: { programmeId: string; frame: Frame }) {
  const { t, errorText } = useI18n();
  const [days, setDays] = useState<number | null>(null);
  const [draft, setDraft] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(PLAN, {
    variables: { programmeId, days, after },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return frame(t('ops.capacity.title'), <Loading />);
  if (error && !data)
    return frame(
      t('ops.capacity.title'),
      <>
        <p role="alert" className="failure">
          {errorText(error)}
        </p>
        <Button kind="quiet" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </>,
    );
  if (!data) return frame(t('ops.capacity.title'), <Failure retry={() => void refetch()} />);
  const plan = data.capacityPlan;
  const officeName = (id: string | null | undefined) =>
    id
      ? (data.offices.find((office) => office.id === id)?.name ?? t('ops.capacity.otherOffice'))
      : t('ops.capacity.noOffice');
  const parsed = Number(draft);
  const problem =
    draft !== '' && (!Number.isInteger(parsed) || parsed < 1 || parsed > 365)
      ? t('ops.capacity.days.problem')
      : null;
  const recompute = (event: FormEvent) => {
    event.preventDefault();
    if (problem || draft === '') return;
    setAfter(null);
    setDays(parsed);
  };
  const title = data.programme
    ? t('ops.capacity.titleOf', { name: data.programme.name })
    : t('ops.capacity.title');
  return frame(
    title,
    <>
      <p>
        <Link to={`/programmes/${programmeId}`}>{t('ops.capacity.back')}</Link>
      </p>
      <Card title={t('ops.capacity.summary')}>
        <p>
          {plan.waiting === 0
            ? t('ops.capacity.nobody')
            : t('ops.capacity.total', { waiting: plan.waiting, missing: plan.coachesMissing })}
        </p>
        <p className="muted">
          {t('ops.capacity.assumptions', {
            days: plan.assumptions.firstMeetingWithinDays,
            minutes: plan.assumptions.firstMeetingMinutes,
            share: Math.round(plan.assumptions.firstMeetingShare * 100),
            caseload: plan.assumptions.defaultMaxCaseload,
          })}
        </p>
        <form onSubmit={recompute} noValidate aria-label={t('ops.capacity.days.form')}>
          <Field
            id="capacity-days"
            type="number"
            label={t('ops.capacity.days')}
            hint={t('ops.capacity.days.hint')}
            value={draft}
            onChange={setDraft}
            problem={problem}
          />
          <button type="submit" className="button primary" disabled={loading}>
            {t('ops.capacity.recompute')}
          </button>
        </form>
        {error && (
          <p role="alert" className="failure">
            {errorText(error)}
          </p>
        )}
      </Card>
      {plan.offices.map((office) => (
        <Card key={office.officeId ?? 'none'} title={officeName(office.officeId)}>
          <p>{t('ops.capacity.office', { waiting: office.waiting, missing: office.coachesMissing })}</p>
          <Groups groups={office.groups} />
        </Card>
      ))}
      {plan.waiting > 0 && (
        <Card title={t('ops.capacity.longest')}>
          <ol className="ops-list ops-capacity-people">
            {plan.longestWaiting.nodes.map((node) => (
              <WaitingPerson
                key={node.candidateId}
                candidateId={node.candidateId}
                since={node.queuedAt}
                reason={node.reasonCode}
              />
            ))}
          </ol>
          {plan.longestWaiting.pageInfo.hasNextPage && (
            <Button kind="quiet" onClick={() => setAfter(plan.longestWaiting.pageInfo.endCursor ?? null)}>
              {t('ops.capacity.next')}
            </Button>
          )}
          {after && (
            <Button kind="quiet" onClick={() => setAfter(null)}>
              {t('ops.capacity.first')}
            </Button>
          )}
        </Card>
      )}
    </>,
  );
}

/** The groups that lack coaches, most needed first within the office's oldest waiting; the others in one sentence. */
function Groups({ groups }: { groups: readonly Group[] }) {
  const { t, day, language } = useI18n();
  const short = groups.filter((group) => group.coachesMissing > 0);
  const covered = groups.length - short.length;
  const profile = (group: Group) =>
    [
      group.track ? t(`ops.track.${group.track}` as MessageKey) : t('ops.capacity.anyTrack'),
      group.language
        ? (languageNames([group.language], language)[0] ?? group.language)
        : t('ops.capacity.anyLanguage'),
    ].join(' · ');
  return (
    <>
      {short.length > 0 && (
        <ul className="ops-capacity-groups" aria-label={t('ops.capacity.groups')}>
          {short.map((group) => (
            <li key={`${group.track ?? '-'}:${group.language ?? '-'}`}>
              <h3>{profile(group)}</h3>
              <p>
                <strong>{t('ops.capacity.missing', { count: group.coachesMissing })}</strong>{' '}
                {t(group.binding === 'TIME' ? 'ops.capacity.byTime' : 'ops.capacity.byCaseload', {
                  caseload: group.caseloadPerCoach,
                })}
              </p>
              <p className="muted">
                {t('ops.capacity.figures', {
                  waiting: group.waiting,
                  free: group.freePlaces,
                  coaches: group.coaches,
                  slots: group.firstMeetingSlots,
                })}
              </p>
              <p className="muted">
                {group.everyoneReachedBy
                  ? t('ops.capacity.reachedBy', { day: day(group.everyoneReachedBy) })
                  : t('ops.capacity.never')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {covered > 0 && <p className="muted">{t('ops.capacity.covered', { count: covered })}</p>}
    </>
  );
}

function WaitingPerson({
  candidateId,
  since,
  reason,
}: {
  candidateId: string;
  since: string;
  reason: string;
}) {
  const { t, dateTime } = useI18n();
  const person = useQuery(PERSON, { variables: { id: candidateId } });
  const name = person.data?.candidate
    ? `${person.data.candidate.firstName} ${person.data.candidate.lastName}`
    : t('ops.queue.someone');
  return (
    <li>
      <Link to={`/people/${candidateId}`}>{name}</Link>{' '}
      <span className="muted">
        {t('ops.queue.since', { when: dateTime(since) })} · {t(`ops.capacity.reason.${reason}` as MessageKey)}
      </span>
    </li>
  );
}

/** From the queue: for each programme people wait in, the way to its capacity plan. */
export function CapacityLinks({ programmeIds }: { programmeIds: readonly string[] }) {
  const { t } = useI18n();
  const distinct = [...new Set(programmeIds)];
  if (distinct.length === 0) return null;
  return (
    <nav aria-label={t('ops.capacity.link')}>
      <p>{t('ops.capacity.link')}</p>
      <ul className="ops-list">
        {distinct.map((id) => (
          <ProgrammeCapacityLink key={id} programmeId={id} />
        ))}
      </ul>
    </nav>
  );
}

function ProgrammeCapacityLink({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const { data } = useQuery(PROGRAMME_NAME, { variables: { id: programmeId } });
  return (
    <li>
      <Link to={`/programmes/${programmeId}/capacity`}>
        {data?.programme?.name ?? t('ops.capacity.linkProgramme')}
      </Link>
    </li>
  );
}
