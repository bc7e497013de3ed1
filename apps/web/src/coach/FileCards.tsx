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
              <LocalDemandLine demand={suggestion.localDemand} />
              <CertificationsLine certifications={suggestion.certifications} />
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('coach.suggestions.none')}</p>
      )}
    </Card>
  );
}

type Suggestion = Person['recommendations'][number];

/** Recruitment projects where the person lives: their employment zone, else said to be unknown. */
function LocalDemandLine({ demand }: { demand: Suggestion['localDemand'] }) {
  const { t } = useI18n();
  const figures = { projects: demand.projects, hard: Math.round(demand.hardToFillShare * 100) };
  const text =
    demand.area === 'EMPLOYMENT_ZONE'
      ? t('coach.suggestions.demandZone', {
          ...figures,
          area: demand.areaLabel ?? demand.areaCodes.join(', '),
        })
      : demand.area === 'DEPARTMENT'
        ? t('coach.suggestions.demandDepartment', { ...figures, area: demand.areaCodes.join(', ') })
        : t('coach.suggestions.demandFrance', figures);
  return (
    <p className="coach-demand">
      {text}
      {demand.zoneUnknown ? ` ${t('coach.suggestions.zoneUnknown')}` : ''}
    </p>
  );
}

/** The certifications that close the gap, best first, each linked to its public page. */
function CertificationsLine({ certifications }: { certifications: Suggestion['certifications'] }) {
  const { t } = useI18n();
  if (!certifications.length) return null;
  return (
    <div className="coach-certifications">
      <p>{t('coach.suggestions.certifications')}</p>
      <ul>
        {certifications.map(({ certification, linkedBy, coveredSkills }) => (
          <li key={certification.number}>
            <a href={certification.url} rel="noreferrer" target="_blank">
              {t('coach.suggestions.certificationLink', { number: certification.number })}
            </a>
            {coveredSkills.length > 0 &&
              ` ${t('coach.suggestions.covers', { skills: coveredSkills.map((skill) => skill.label).join(' ; ') })}`}
            {linkedBy === 'PARENT_OCCUPATION' ? ` ${t('coach.suggestions.family')}` : ''}
          </li>
        ))}
      </ul>
    </div>
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
