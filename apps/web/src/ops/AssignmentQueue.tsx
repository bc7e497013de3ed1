import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CapacityLinks } from './CapacityPlan';
import { graphql } from './gql';
import type { OpsAssignmentQueueQuery } from './gql/graphql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { Button, Failure, Field, Loading, Notice } from '../ui/ui';

const QUEUE = graphql(`
  query OpsAssignmentQueue($after: String) {
    assignmentQueue(first: 50, after: $after) {
      nodes {
        candidateId
        programmeId
        officeIds
        reasonCode
        queuedAt
        explanation {
          officeIds
          eligible {
            coachId
          }
          excluded {
            coachId
            reasons
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
    offices {
      id
      name
      coaches {
        id
        displayName
        active
        activeCaseload
        maxCaseload
      }
    }
  }
`);

const PERSON = graphql(`
  query OpsQueuedPerson($id: ID!) {
    candidate(id: $id) {
      id
      firstName
      lastName
      programme {
        id
        name
      }
    }
  }
`);

const REASSIGN = graphql(`
  mutation OpsReassignCoach($input: ReassignCoachInput!) {
    reassignCoach(input: $input) {
      candidateId
      coach {
        id
        displayName
      }
    }
  }
`);

type Queued = OpsAssignmentQueueQuery['assignmentQueue']['nodes'][number];
type Office = OpsAssignmentQueueQuery['offices'][number];

const EXCLUSIONS = [
  'inactive',
  'office_not_serving_programme',
  'out_of_reach',
  'no_common_language',
  'specialty_mismatch',
  'at_capacity',
] as const;

/** People no coach fits yet, longest waiting first, each with why in words, and the way to give them one. */
export function AssignmentQueue() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(QUEUE, { fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<string | null>(null);
  if (loading && !data) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const nodes = data.assignmentQueue.nodes;
  return (
    <>
      <p className="muted">{t('ops.queue.intro')}</p>
      {notice && <Notice>{notice}</Notice>}
      <CapacityLinks programmeIds={nodes.map((queued) => queued.programmeId)} />
      {nodes.length === 0 ? (
        <p>{t('ops.queue.none')}</p>
      ) : (
        <ul className="ops-cards" aria-label={t('ops.queue.title')}>
          {nodes.map((queued) => (
            <QueuedPerson
              key={queued.candidateId}
              queued={queued}
              offices={data.offices}
              onAssigned={(message) => {
                setNotice(message);
                void refetch();
              }}
            />
          ))}
        </ul>
      )}
      {data.assignmentQueue.pageInfo.hasNextPage && <p className="muted">{t('ops.queue.more')}</p>}
    </>
  );
}

function QueuedPerson({
  queued,
  offices,
  onAssigned,
}: {
  queued: Queued;
  offices: readonly Office[];
  onAssigned: (notice: string) => void;
}) {
  const { t, dateTime, errorText } = useI18n();
  const person = useQuery(PERSON, { variables: { id: queued.candidateId } });
  const [open, setOpen] = useState(false);
  const [coachId, setCoachId] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [reassign, { loading, error }] = useMutation(REASSIGN);
  const coachSelect = useRef<HTMLSelectElement>(null);
  // The button that opened the form is gone: the first choice takes the focus.
  useEffect(() => {
    if (open) coachSelect.current?.focus();
  }, [open]);
  const name = person.data?.candidate
    ? `${person.data.candidate.firstName} ${person.data.candidate.lastName}`
    : t('ops.queue.someone');
  const counts = new Map<string, number>();
  for (const coach of queued.explanation.excluded)
    for (const why of coach.reasons) counts.set(why, (counts.get(why) ?? 0) + 1);
  const serving = offices.filter((office) => queued.explanation.officeIds.includes(office.id));
  const coaches = serving.flatMap((office) =>
    office.coaches.filter((coach) => coach.active).map((coach) => ({ ...coach, office: office.name })),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!coachId || !reason.trim()) return;
    const coach = coaches.find((c) => c.id === coachId);
    await reassign({
      variables: { input: { candidateId: queued.candidateId, coachId, reason: reason.trim() } },
    })
      .then(() => onAssigned(t('ops.queue.assigned', { name, coach: coach?.displayName ?? '' })))
      .catch(() => undefined);
  };
  const id = queued.candidateId.slice(0, 8);
  return (
    <li className="card">
      <h2>
        <Link to={`/people/${queued.candidateId}`}>{name}</Link>
      </h2>
      <p className="muted">
        {person.data?.candidate?.programme.name && `${person.data.candidate.programme.name} · `}
        {t('ops.queue.since', { when: dateTime(queued.queuedAt) })}
      </p>
      <p>{t(`ops.queue.reason.${queued.reasonCode}` as MessageKey)}</p>
      {counts.size > 0 && (
        <ul className="ops-reasons" aria-label={t('ops.queue.excluded')}>
          {EXCLUSIONS.filter((why) => counts.has(why)).map((why) => (
            <li key={why}>{t(`ops.queue.exclusion.${why}`, { count: counts.get(why) ?? 0 })}</li>
          ))}
        </ul>
      )}
      {!open ? (
        <Button kind="quiet" onClick={() => setOpen(true)}>
          {t('ops.queue.assign')}
        </Button>
      ) : coaches.length === 0 ? (
        <p>{t('ops.queue.noCoach')}</p>
      ) : (
        <form
          onSubmit={(event) => void submit(event)}
          noValidate
          aria-label={t('ops.queue.assignTo', { name })}
        >
          <div className="field">
            <label htmlFor={`coach-${id}`}>{t('ops.queue.coach')}</label>
            <select
              ref={coachSelect}
              id={`coach-${id}`}
              value={coachId}
              aria-invalid={tried && !coachId ? true : undefined}
              onChange={(event) => setCoachId(event.target.value)}
            >
              <option value="">{t('ops.queue.chooseCoach')}</option>
              {coaches.map((coach) => (
                <option key={coach.id} value={coach.id}>
                  {t('ops.queue.coachOption', {
                    name: coach.displayName,
                    office: coach.office,
                    load: coach.activeCaseload ?? 0,
                    max: coach.maxCaseload ?? 0,
                  })}
                </option>
              ))}
            </select>
          </div>
          <Field
            id={`reason-${id}`}
            label={t('ops.queue.why')}
            hint={t('ops.queue.why.hint')}
            value={reason}
            onChange={setReason}
            problem={tried && !reason.trim() ? t('ops.queue.why.problem') : null}
            required
          />
          {error && (
            <p role="alert" className="failure">
              {errorText(error)}
            </p>
          )}
          <div className="ops-actions">
            <button type="submit" className="button primary" disabled={loading}>
              {loading ? t('ops.saving') : t('ops.queue.confirm')}
            </button>
            <Button kind="quiet" onClick={() => setOpen(false)}>
              {t('ops.cancel')}
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
