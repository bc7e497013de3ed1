import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Card } from '../ui/ui';
import type { Person } from './PersonFile';

/** The file's cards of what came after the diagnostic: suggestions, offers, sessions, outcome. */

/** How many suggestions and offers the file shows (the best ones; the rest stay one query away). */
const SHOWN = 5;

export function Suggestions({ person }: { person: Person }) {
  const { t } = useI18n();
  const shown = [...person.recommendations].sort((a, b) => a.rank - b.rank).slice(0, SHOWN);
  return (
    <Card title={t('coach.suggestions.title')}>
      {shown.length ? (
        <ol className="coach-list">
          {shown.map((suggestion) => (
            <li key={suggestion.id}>
              <strong>{suggestion.label}</strong>{' '}
              <span className="muted">{t(`coach.proximity.${suggestion.proximity}` as MessageKey)}</span>
              <p className="coach-explanation">{suggestion.explanation}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('coach.suggestions.none')}</p>
      )}
    </Card>
  );
}

export function Offers({ person }: { person: Person }) {
  const { t } = useI18n();
  const shown = [...person.matches].sort((a, b) => a.rank - b.rank).slice(0, SHOWN);
  return (
    <Card title={t('coach.offers.title')}>
      {shown.length ? (
        <ol className="coach-list">
          {shown.map((match) => (
            <li key={match.offer.id}>
              <strong>{match.offer.title}</strong>{' '}
              <span className="muted">
                {t('coach.offers.where', {
                  contract: t(`coach.contract.${match.offer.contractType}` as MessageKey),
                  department: match.offer.departmentCode,
                })}
              </span>
              <p className="coach-explanation">{match.explanation}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('coach.offers.none')}</p>
      )}
    </Card>
  );
}

export function Sessions({ person }: { person: Person }) {
  const { t, dateTime } = useI18n();
  const sessions = [...person.sessions].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <Card title={t('coach.sessions.title')}>
      {sessions.length ? (
        <ul className="coach-list">
          {sessions.map((session) => (
            <li key={session.id}>
              <strong>{t(`session.kind.${session.kind}` as MessageKey)}</strong>, {dateTime(session.startsAt)}{' '}
              <span className="muted">
                {t(`coach.sessionStatus.${session.status}` as MessageKey)} ·{' '}
                {t(`coach.mode.${session.mode}` as MessageKey)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('coach.sessions.none')}</p>
      )}
    </Card>
  );
}

export function OutcomeCard({ person }: { person: Person }) {
  const { t, day: anyDay } = useI18n();
  const day = (isoDay: string) => anyDay(isoDay, { weekday: true });
  const outcome = person.outcome;
  return (
    <Card title={t('coach.outcome.title')}>
      {outcome ? (
        <p>
          {t('coach.outcome.recorded', {
            category: t(`coach.outcomeCategory.${outcome.category}` as MessageKey),
            date: day(outcome.outcomeDate),
          })}
          {outcome.employerName || outcome.jobTitle
            ? ` (${[outcome.jobTitle, outcome.employerName].filter(Boolean).join(', ')})`
            : ''}
        </p>
      ) : (
        <p>{t('coach.outcome.none')}</p>
      )}
    </Card>
  );
}
