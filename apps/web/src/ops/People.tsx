import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { graphql } from './gql';
import type { CandidateStatus, OutcomeCategory, PeopleFilter, PeopleOrder } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { Button, Failure, Field, Loading } from '../ui/ui';
import './people.css';

const PROGRAMME_PEOPLE = graphql(`
  query ProgrammePeople(
    $programmeId: ID!
    $search: String
    $filter: PeopleFilter
    $orderBy: PeopleOrder
    $after: String
  ) {
    people(
      programmeId: $programmeId
      search: $search
      filter: $filter
      orderBy: $orderBy
      first: 50
      after: $after
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        track
        coachId
        outcome
        risk
        candidate {
          id
          employeeNumber
          firstName
          lastName
          status
          enrolledAt
        }
      }
    }
    offices {
      id
      name
      coaches {
        id
        displayName
      }
    }
  }
`);

const STATUSES: CandidateStatus[] = ['INVITED', 'ACTIVE', 'PAUSED', 'PLACED', 'EXITED'];
const OUTCOMES: OutcomeCategory[] = [
  'PERMANENT_CONTRACT',
  'FIXED_TERM_6_MONTHS_OR_MORE',
  'SHORT_FIXED_TERM_OR_TEMPORARY',
  'BUSINESS_CREATION',
  'TRAINING',
  'RETIREMENT',
  'OTHER',
  'STILL_SEARCHING',
];
const ORDERS: PeopleOrder[] = ['NAME', 'ENROLLED_NEWEST', 'ENROLLED_OLDEST'];

/** Waits until the person stops typing: one request per search, not one per key. */
function useSettled(value: string, delayMs = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * The people of a programme for ops: search (names, employee number, email; accents aside), a few
 * filters, an order, 50 at a time. One query brings the rows with what the list shows of each.
 */
export function People({ programmeId }: { programmeId: string }) {
  const { t, day } = useI18n();
  const id = useId();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<CandidateStatus | ''>('');
  const [assignment, setAssignment] = useState<'' | 'waiting' | 'assigned'>('');
  const [outcome, setOutcome] = useState<OutcomeCategory | '' | 'none'>('');
  const [risk, setRisk] = useState<'' | 'at' | 'not'>('');
  const [office, setOffice] = useState('');
  const [orderBy, setOrderBy] = useState<PeopleOrder>('NAME');
  const settled = useSettled(search.trim());
  const filter: PeopleFilter = {
    ...(status && { statuses: [status] }),
    ...(assignment && { assigned: assignment === 'assigned' }),
    ...(outcome === 'none' ? { withoutOutcome: true } : outcome ? { outcomes: [outcome] } : {}),
    ...(risk && { atRisk: risk === 'at' }),
    ...(office && { officeId: office }),
  };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(PROGRAMME_PEOPLE, {
    variables: { programmeId, search: settled || null, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const coachNames = new Map(
    (shown?.offices ?? []).flatMap((office) => office.coaches.map((coach) => [coach.id, coach.displayName])),
  );
  const page = shown?.people;
  const more = () =>
    void fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        people: {
          ...fetchMoreResult.people,
          nodes: [...previous.people.nodes, ...fetchMoreResult.people.nodes],
        },
      }),
    });
  return (
    <section aria-label={t('ops.people.title')}>
      <div className="people-filters">
        <Field
          id={`${id}-search`}
          type="search"
          label={t('ops.people.search')}
          hint={t('ops.people.searchHint')}
          value={search}
          onChange={setSearch}
        />
        <Choice id={`${id}-status`} label={t('ops.people.status')} value={status} onChange={setStatus}>
          <option value="">{t('ops.people.any')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`ops.people.status.${value}`)}
            </option>
          ))}
        </Choice>
        <Choice
          id={`${id}-coach`}
          label={t('ops.people.assignment')}
          value={assignment}
          onChange={setAssignment}
        >
          <option value="">{t('ops.people.assignment.any')}</option>
          <option value="waiting">{t('ops.people.assignment.waiting')}</option>
          <option value="assigned">{t('ops.people.assignment.assigned')}</option>
        </Choice>
        <Choice id={`${id}-outcome`} label={t('ops.people.outcome')} value={outcome} onChange={setOutcome}>
          <option value="">{t('ops.people.any')}</option>
          <option value="none">{t('ops.people.outcome.none')}</option>
          {OUTCOMES.map((value) => (
            <option key={value} value={value}>
              {t(`ops.people.outcome.${value}`)}
            </option>
          ))}
        </Choice>
        {(shown?.offices.length ?? 0) > 1 && (
          <Choice id={`${id}-office`} label={t('ops.people.office')} value={office} onChange={setOffice}>
            <option value="">{t('ops.people.any')}</option>
            {shown?.offices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </Choice>
        )}
        <Choice id={`${id}-risk`} label={t('ops.people.risk')} value={risk} onChange={setRisk}>
          <option value="">{t('ops.people.any')}</option>
          <option value="at">{t('ops.people.risk.at')}</option>
          <option value="not">{t('ops.people.risk.not')}</option>
        </Choice>
        <Choice id={`${id}-order`} label={t('ops.people.order')} value={orderBy} onChange={setOrderBy}>
          {ORDERS.map((value) => (
            <option key={value} value={value}>
              {t(`ops.people.order.${value}`)}
            </option>
          ))}
        </Choice>
      </div>
      {error && !page ? (
        <Failure retry={() => void refetch()} />
      ) : !page ? (
        <Loading />
      ) : (
        <>
          <p role="status" className="people-count">
            {page.totalCount ? t('ops.people.count', { count: page.totalCount }) : t('ops.people.none')}
          </p>
          {page.nodes.length > 0 && (
            <div className="people-table-wrap">
              <table className="people-table">
                <thead>
                  <tr>
                    <th scope="col">{t('ops.people.column.name')}</th>
                    <th scope="col">{t('ops.people.column.number')}</th>
                    <th scope="col">{t('ops.people.column.status')}</th>
                    <th scope="col">{t('ops.people.column.track')}</th>
                    <th scope="col">{t('ops.people.column.coach')}</th>
                    <th scope="col">{t('ops.people.column.outcome')}</th>
                    <th scope="col">{t('ops.people.column.enrolled')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.nodes.map(({ candidate, track, coachId, outcome: current, risk: flagged }) => (
                    <tr key={candidate.id}>
                      <th scope="row">
                        <Link to={`/people/${candidate.id}`}>
                          {candidate.lastName.toLocaleUpperCase()} {candidate.firstName}
                        </Link>
                      </th>
                      <td data-label={t('ops.people.column.number')}>{candidate.employeeNumber}</td>
                      <td data-label={t('ops.people.column.status')}>
                        {t(`ops.people.status.${candidate.status}`)}
                        {flagged && <span className="people-risk"> · {t(`ops.people.risk.${flagged}`)}</span>}
                      </td>
                      <td data-label={t('ops.people.column.track')}>
                        {track ? t(`ops.people.track.${track}`) : t('ops.people.noTrack')}
                      </td>
                      <td data-label={t('ops.people.column.coach')}>
                        {coachId ? (coachNames.get(coachId) ?? '') : t('ops.people.noCoach')}
                      </td>
                      <td data-label={t('ops.people.column.outcome')}>
                        {current ? t(`ops.people.outcome.${current}`) : t('ops.people.noOutcome')}
                      </td>
                      <td data-label={t('ops.people.column.enrolled')}>{day(candidate.enrolledAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {loading && <Loading />}
          {page.pageInfo.hasNextPage && !loading && (
            <Button kind="quiet" onClick={more}>
              {t('ops.people.more')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

function Choice<T extends string>({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: T;
  onChange: (value: T) => void;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {children}
      </select>
    </div>
  );
}
