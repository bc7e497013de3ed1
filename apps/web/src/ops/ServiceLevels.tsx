import { useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { graphql } from './gql';
import type { OpsServiceLevelsQuery, ServiceLevelBreachKind } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { Card, Failure, Field, Loading } from '../ui/ui';
import { asOfOfDay, parisDay } from './as-of';
import type { Frame } from './frame';
import { CoachWorkload } from './CoachWorkload';
import './service-levels.css';

const SERVICE_LEVELS = graphql(`
  query OpsServiceLevels($programmeId: ID!, $asOf: DateTime) {
    programme(id: $programmeId) {
      id
      name
    }
    offices {
      id
      name
      coaches {
        id
        displayName
      }
    }
    serviceLevelBreaches(programmeId: $programmeId, asOf: $asOf) {
      asOf
      terms {
        firstMeetingWorkingDays
        sessionsPerMonth
        peoplePerConsultant
      }
      breaches {
        kind
        candidate {
          id
          firstName
          lastName
        }
        coach {
          id
        }
        since
        by
        unit
      }
    }
    serviceLevelSummary(programmeId: $programmeId, asOf: $asOf) {
      people
      peopleSuppression
      standings {
        standing
        people
        suppressed
        suppression
      }
    }
    coachWorkload(programmeId: $programmeId, asOf: $asOf) {
      weeks
      coaches {
        coach {
          id
        }
        officeIds
        caseload
        aboveTermBy
        sessionsPerWeek
        noShows
        atRisk
      }
    }
  }
`);

type Data = OpsServiceLevelsQuery;
type Breach = Data['serviceLevelBreaches']['breaches'][number];
const KINDS: ServiceLevelBreachKind[] = ['FIRST_MEETING_LATE', 'NO_SESSION_IN_MONTH', 'CASELOAD_ABOVE_TERM'];

/** The coaches' names ops may read (those of their offices), and the offices' names. */
export interface Directory {
  coachName(id: string | null | undefined): string;
  officeName(id: string): string;
}

function directoryOf(data: Data, t: ReturnType<typeof useI18n>['t']): Directory {
  const coaches = new Map(
    data.offices.flatMap((office) => office.coaches.map((coach) => [coach.id, coach.displayName] as const)),
  );
  return {
    coachName: (id) => (id ? (coaches.get(id) ?? t('ops.levels.otherCoach')) : t('ops.levels.noCoach')),
    officeName: (id) =>
      data.offices.find((office) => office.id === id)?.name ?? t('ops.capacity.otherOffice'),
  };
}

/**
 * A programme's service levels on a date: its terms, how many people stand within them, the
 * breaches grouped by term (the longest overdue first) with the people concerned, and each coach's
 * workload against the people-per-consultant term.
 */
export function ServiceLevels({ programmeId, frame, now }: { programmeId: string; frame: Frame; now: Date }) {
  const { t, dateTime, errorText } = useI18n();
  const today = parisDay(now);
  const [day, setDay] = useState(today);
  const { asOf, future } = asOfOfDay(day, today);
  const { data, loading, error, refetch } = useQuery(SERVICE_LEVELS, {
    variables: { programmeId, asOf },
    skip: future,
    fetchPolicy: 'cache-and-network',
  });
  const title = data?.programme
    ? t('ops.levels.titleOf', { name: data.programme.name })
    : t('ops.levels.title');
  const body = future ? null : loading && !data ? (
    <Loading />
  ) : error && !data ? (
    <div role="alert" className="failure">
      <p>{errorText(error)}</p>
    </div>
  ) : !data ? (
    <Failure retry={() => void refetch()} />
  ) : (
    <Figures data={data} />
  );
  return frame(
    title,
    <>
      <p>
        <Link to={`/programmes/${programmeId}`}>{t('ops.levels.back')}</Link>
      </p>
      <div className="levels-as-of">
        <Field
          id="levels-as-of"
          type="date"
          label={t('ops.levels.asOf')}
          hint={t('ops.levels.asOf.hint')}
          value={day}
          onChange={setDay}
          problem={future ? t('ops.levels.asOf.future') : null}
        />
      </div>
      {data && !future && (
        <p className="muted">
          {t('ops.levels.asOf.shown', { when: dateTime(data.serviceLevelBreaches.asOf) })}
        </p>
      )}
      {body}
      <p>
        <Link to={`/programmes/${programmeId}/downloads`}>{t('ops.downloads.link')}</Link>
      </p>
    </>,
  );
}

function Figures({ data }: { data: Data }) {
  const { t } = useI18n();
  const directory = directoryOf(data, t);
  const { terms, breaches } = data.serviceLevelBreaches;
  const byKind = (kind: ServiceLevelBreachKind) => breaches.filter((breach) => breach.kind === kind);
  return (
    <>
      <Card title={t('ops.levels.summary')}>
        <h3 className="levels-subtitle">{t('ops.levels.terms')}</h3>
        <ul className="levels-terms">
          <li>{t('ops.levels.term.firstMeeting', { days: terms.firstMeetingWorkingDays })}</li>
          <li>{t('ops.levels.term.sessions', { count: terms.sessionsPerMonth })}</li>
          <li>{t('ops.levels.term.caseload', { count: terms.peoplePerConsultant })}</li>
        </ul>
        <h3 className="levels-subtitle">{t('ops.levels.counts')}</h3>
        <ul className="levels-counts">
          {KINDS.map((kind) => (
            <li key={kind}>
              <strong>{byKind(kind).length}</strong> {t(`ops.levels.count.${kind}`)}
            </li>
          ))}
        </ul>
        <SponsorView summary={data.serviceLevelSummary} />
      </Card>
      <Card title={t('ops.levels.breaches')}>
        {breaches.length === 0 ? (
          <p>{t('ops.levels.none')}</p>
        ) : (
          KINDS.map((kind) =>
            byKind(kind).length ? (
              <BreachTable key={kind} kind={kind} breaches={byKind(kind)} directory={directory} />
            ) : null,
          )
        )}
      </Card>
      <CoachWorkload
        view={data.coachWorkload}
        term={terms.peoplePerConsultant}
        directory={directory}
        asOf={data.serviceLevelBreaches.asOf}
      />
    </>
  );
}

/** What sponsor HR and the commission read of the same date: people per standing, small counts hidden. */
function SponsorView({ summary }: { summary: Data['serviceLevelSummary'] }) {
  const { t } = useI18n();
  const count = (people: number | null | undefined) =>
    people == null ? t('ops.levels.hidden') : String(people);
  return (
    <>
      <h3 className="levels-subtitle">{t('ops.levels.sponsorView')}</h3>
      <p className="muted">{t('ops.levels.sponsorView.hint')}</p>
      <dl className="ops-facts">
        <dt>{t('ops.levels.inAccompaniment')}</dt>
        <dd>{count(summary.people)}</dd>
        {summary.standings.map((row) => (
          <Fragment key={row.standing}>
            <dt>{t(`ops.levels.standing.${row.standing}`)}</dt>
            <dd>{count(row.people)}</dd>
          </Fragment>
        ))}
      </dl>
    </>
  );
}

function BreachTable({
  kind,
  breaches,
  directory,
}: {
  kind: ServiceLevelBreachKind;
  breaches: readonly Breach[];
  directory: Directory;
}) {
  const { t, day } = useI18n();
  const caption = t('ops.levels.group', { term: t(`ops.levels.kind.${kind}`), count: breaches.length });
  const coachRows = kind === 'CASELOAD_ABOVE_TERM';
  return (
    <div className="levels-group">
      <table className="levels-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{coachRows ? t('ops.levels.column.coach') : t('ops.levels.column.person')}</th>
            <th scope="col">{t('ops.levels.column.since')}</th>
            <th scope="col">{t('ops.levels.column.by')}</th>
            {!coachRows && <th scope="col">{t('ops.levels.column.coach')}</th>}
          </tr>
        </thead>
        <tbody>
          {breaches.map((breach, index) => (
            <tr key={`${breach.candidate?.id ?? breach.coach?.id ?? index}`}>
              <th scope="row">
                {coachRows ? (
                  breach.coach ? (
                    <Link to={`/coaches/${breach.coach.id}`}>{directory.coachName(breach.coach.id)}</Link>
                  ) : (
                    t('ops.levels.noCoach')
                  )
                ) : breach.candidate ? (
                  <Link to={`/people/${breach.candidate.id}`}>
                    {breach.candidate.firstName} {breach.candidate.lastName}
                  </Link>
                ) : (
                  t('ops.queue.someone')
                )}
              </th>
              <td data-label={t('ops.levels.column.since')}>{day(breach.since)}</td>
              <td data-label={t('ops.levels.column.by')}>
                {t(`ops.levels.by.${breach.unit}`, { count: breach.by })}
              </td>
              {!coachRows && (
                <td data-label={t('ops.levels.column.coach')}>
                  {breach.coach ? (
                    <Link to={`/coaches/${breach.coach.id}`}>{directory.coachName(breach.coach.id)}</Link>
                  ) : (
                    t('ops.levels.noCoach')
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
