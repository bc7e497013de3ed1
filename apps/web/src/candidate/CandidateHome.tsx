import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Link } from '../router';
import { Card, Failure, Loading } from '../ui/ui';
import { MORE } from './more';
import { parisFormats } from './paris';

const CANDIDATE_HOME = graphql(`
  query CandidateHome($id: ID!) {
    unreadNotificationCount
    candidate(id: $id) {
      id
      diagnostic {
        status
      }
      pathway {
        status
        milestones {
          id
          title
          dueOn
          status
          sessionKind
        }
      }
      sessions {
        id
        kind
        startsAt
        status
      }
      assessments {
        id
        status
      }
    }
  }
`);

/** The person's first screen, on a phone: the next appointment, the plan's progress, what to do now. */
export function CandidateHome({ candidateId, now }: { candidateId: string; now: Date }) {
  const { t, dateTime, language } = useI18n();
  const { data, loading, error, refetch } = useQuery(CANDIDATE_HOME, {
    variables: { id: candidateId },
    // The plan and the tests change on the server (after the questionnaire, a booking): ask each time.
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  if (error || !data?.candidate) return <Failure retry={() => void refetch()} />;
  const person = data.candidate;
  const next = person.sessions
    .filter((session) => session.status === 'BOOKED' && new Date(session.startsAt) > now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  const milestones = person.pathway?.milestones ?? [];
  const reached = milestones.filter((milestone) => milestone.status === 'REACHED').length;
  const open = milestones.find((milestone) => milestone.status === 'OPEN');
  const diagnosticToDo = !person.diagnostic || person.diagnostic.status !== 'SUBMITTED';
  const testToTake = person.assessments.find(
    (test) => test.status === 'ASSIGNED' || test.status === 'IN_PROGRESS',
  );
  const welcomeToBook = !person.sessions.some(
    (session) =>
      session.kind === 'WELCOME' && (session.status === 'BOOKED' || session.status === 'COMPLETED'),
  );
  return (
    <>
      <Card title={t('candidate.home.next.title')}>
        <p>
          {next
            ? t('candidate.home.next.when', {
                kind: t(`session.kind.${next.kind}` as MessageKey),
                when: dateTime(next.startsAt),
              })
            : t('candidate.home.next.none')}
        </p>
        <Link to="/sessions">{t(next ? 'candidate.home.next.see' : 'candidate.home.next.book')}</Link>
      </Card>
      <Card title={t('candidate.home.plan.title')}>
        {milestones.length ? (
          <>
            <progress max={milestones.length} value={reached} aria-label={t('candidate.home.plan.title')} />
            <p>{t('candidate.home.plan.progress', { done: reached, total: milestones.length })}</p>
          </>
        ) : (
          <p>{t('candidate.home.plan.none')}</p>
        )}
        {milestones.length > 0 && <Link to="/plan">{t('candidate.home.plan.see')}</Link>}
      </Card>
      <Card title={t('candidate.home.todo.title')}>
        <ul className="todo">
          {diagnosticToDo && (
            <li>
              <Link to="/diagnostic">{t('candidate.home.todo.diagnostic')}</Link>
            </li>
          )}
          {welcomeToBook && (
            <li>
              <Link to="/sessions">{t('candidate.home.todo.welcome')}</Link>
            </li>
          )}
          {testToTake && (
            <li>
              <Link to={`/assessments/${testToTake.id}`}>{t('candidate.home.todo.test')}</Link>
            </li>
          )}
          {open && (
            <li>
              {t('candidate.home.todo.milestone', {
                title: open.title,
                due: parisFormats(language).date(open.dueOn),
              })}
            </li>
          )}
          {!diagnosticToDo && !welcomeToBook && !testToTake && !open && (
            <li>{t('candidate.home.todo.nothing')}</li>
          )}
        </ul>
      </Card>
      <Card title={t('candidate.home.more')}>
        <ul className="todo">
          {MORE.map((entry) => (
            <li key={entry.to}>
              <Link to={entry.to}>{t(entry.label)}</Link>
              {entry.to === '/inbox' && data.unreadNotificationCount > 0 && (
                <span className="badge unread">
                  {t('candidate.inbox.unread', { count: data.unreadNotificationCount })}
                </span>
              )}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
