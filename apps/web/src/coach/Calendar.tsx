import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Link } from '../router';
import { Failure, Loading } from '../ui/ui';
import { calendarPath, PersonLink } from './people';
import { sessionNotesPath } from './SessionNotes';
import { addDays, mondayOf, parisDay, parisMidnight } from './paris-week';

const CALENDAR = graphql(`
  query CoachCalendar($coachId: ID!, $from: DateTime!, $to: DateTime!) {
    coachCalendar(coachId: $coachId, from: $from, to: $to) {
      id
      kind
      mode
      startsAt
      endsAt
      status
      candidateIds
      room {
        id
        name
      }
    }
  }
`);

/** The coach's week, Monday to Sunday in Paris time, with the weeks before and after one link away. */
export function Calendar({ coachId, monday, now }: { coachId: string; monday: string | null; now: Date }) {
  const { t, language } = useI18n();
  const thisMonday = mondayOf(parisDay(now));
  const week = monday ?? thisMonday;
  const days = Array.from({ length: 7 }, (_, index) => addDays(week, index));
  const { data, loading, error, refetch } = useQuery(CALENDAR, {
    variables: {
      coachId,
      from: parisMidnight(week).toISOString(),
      to: parisMidnight(addDays(week, 7)).toISOString(),
    },
  });
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  const dayTitle = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Paris',
  });
  const weekTitle = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const asDate = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);
  return (
    <>
      <nav className="coach-week-nav" aria-label={t('coach.calendar.weeks')}>
        <Link to={calendarPath(addDays(week, -7))}>{t('coach.calendar.previous')}</Link>
        {week !== thisMonday && <Link to={calendarPath(thisMonday)}>{t('coach.calendar.thisWeek')}</Link>}
        <Link to={calendarPath(addDays(week, 7))}>{t('coach.calendar.next')}</Link>
      </nav>
      <h2 aria-live="polite">
        {t('coach.calendar.week', {
          from: weekTitle.format(asDate(week)),
          to: weekTitle.format(asDate(addDays(week, 6))),
        })}
      </h2>
      {loading && !data ? (
        <Loading />
      ) : error || !data ? (
        <Failure retry={() => void refetch()} />
      ) : (
        <div className="coach-week">
          {days.map((day) => {
            const sessions = data.coachCalendar
              .filter((session) => parisDay(new Date(session.startsAt)) === day)
              .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
            return (
              <section key={day} className="coach-day" aria-labelledby={`day-${day}`}>
                <h3 id={`day-${day}`}>{dayTitle.format(asDate(day))}</h3>
                {sessions.length ? (
                  <ul className="coach-list">
                    {sessions.map((session) => (
                      <li key={session.id} className={`coach-session status-${session.status.toLowerCase()}`}>
                        <strong>
                          {t('coach.calendar.time', {
                            from: time.format(new Date(session.startsAt)),
                            to: time.format(new Date(session.endsAt)),
                          })}
                        </strong>{' '}
                        {t(`session.kind.${session.kind}` as MessageKey)}
                        <span className="muted">
                          {' · '}
                          {t(`coach.mode.${session.mode}` as MessageKey)}
                          {session.room ? ` · ${session.room.name}` : ''}
                          {session.status !== 'BOOKED'
                            ? ` · ${t(`coach.sessionStatus.${session.status}` as MessageKey)}`
                            : ''}
                        </span>
                        {(session.status === 'COMPLETED' ||
                          session.status === 'NO_SHOW' ||
                          (session.status === 'BOOKED' && new Date(session.startsAt) <= now)) && (
                          <>
                            {' · '}
                            <Link to={sessionNotesPath(session.id)}>{t('coach.notes.link')}</Link>
                          </>
                        )}
                        <ul className="coach-people">
                          {session.candidateIds.map((candidateId) => (
                            <li key={candidateId}>
                              <PersonLink candidateId={candidateId} />
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">{t('coach.calendar.free')}</p>
                )}
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
