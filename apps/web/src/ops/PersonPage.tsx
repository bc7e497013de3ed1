import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { Card, Failure, Loading } from '../ui/ui';
import type { Frame } from './frame';
import { LifecycleCard } from './Lifecycle';
import { OutcomeForm, ValidJobOfferForm } from './OutcomeForms';
import { OveRegister } from './OveRegister';
import { categoryKey } from './programme-words';

export const PERSON = graphql(`
  query OpsPerson($id: ID!) {
    candidate(id: $id) {
      id
      firstName
      lastName
      email
      status
      statusHistory {
        id
        from
        to
        reason
        expectedReturnOn
        note
        changedBy
        changedAt
      }
      programme {
        id
        name
        status
      }
      outcome {
        id
        category
        outcomeDate
        employerName
        jobTitle
        contractMonths
        recordedAt
      }
    }
  }
`);

/**
 * One person, as ops see them: where they stand in the programme (pause, return, exit, with the
 * history), their outcome for the end-of-programme report (recorded or corrected) and the register
 * of valid job offers (OVE) made to them, each checked against the programme's definition. Reached from the people of a programme, a coach's caseload or the queue.
 */
export function PersonPage({
  candidateId,
  frame,
  today,
  me,
}: {
  candidateId: string;
  frame: Frame;
  today: string;
  /** The signed-in account, to say "by you" in the history. */
  me: string;
}) {
  const { t, day } = useI18n();
  const { data, loading, error, refetch } = useQuery(PERSON, {
    variables: { id: candidateId },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return frame(t('ops.person.title'), <Loading />);
  if (error || !data?.candidate)
    return frame(t('ops.person.title'), <Failure retry={() => void refetch()} />);
  const person = data.candidate;
  const outcome = person.outcome;
  return frame(
    `${person.firstName} ${person.lastName}`,
    <>
      <Card title={t('ops.person.details')}>
        <dl className="ops-facts">
          <dt>{t('ops.person.programme')}</dt>
          <dd>
            <Link to={`/programmes/${person.programme.id}`}>{person.programme.name}</Link>
          </dd>
          <dt>{t('ops.person.email')}</dt>
          <dd>{person.email}</dd>
          <dt>{t('ops.person.status')}</dt>
          <dd>{t(`ops.person.status.${person.status}` as MessageKey)}</dd>
        </dl>
      </Card>
      <LifecycleCard person={person} today={today} me={me} />
      <Card title={t('ops.person.outcome')}>
        {outcome ? (
          <p>
            {t('ops.person.outcome.current', {
              category: t(categoryKey(outcome.category)),
              date: day(outcome.outcomeDate),
            })}
            {outcome.employerName &&
              ` · ${[outcome.jobTitle, outcome.employerName].filter(Boolean).join(', ')}`}
            {outcome.contractMonths !== null &&
              outcome.contractMonths !== undefined &&
              ` · ${t('ops.person.outcome.months', { count: outcome.contractMonths })}`}
          </p>
        ) : (
          <p className="muted">{t('ops.person.outcome.none')}</p>
        )}
        <OutcomeForm candidateId={person.id} correcting={Boolean(outcome)} />
      </Card>
      <Card title={t('ops.person.offers')}>
        <p className="muted">{t('ops.person.offers.intro')}</p>
        <OveRegister candidateId={person.id} />
        <ValidJobOfferForm candidateId={person.id} />
      </Card>
    </>,
  );
}
