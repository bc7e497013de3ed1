import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import type { CoachPersonFileQuery } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { PauseCard } from './PauseCard';
import { FormerOccupationCard } from './FormerOccupationCard';
import { Link } from '../router';
import { Card, Failure, Loading } from '../ui/ui';
import { OutcomeCard, Offers, Sessions, Suggestions } from './FileCards';
import { PlanEditor } from './PlanEditor';
import { ProjectCard } from './ProjectCard';
import { ApplicationsCard } from './ApplicationsCard';
import { CvCard } from './CvCard';
import { PracticeCard } from './PracticeCard';
import { TrackOverride } from './TrackOverride';
import { debriefPath, useDistressReason, useWording } from './people';

/** Everything about one person the coach needs, in one gateway query across the services. */
const PERSON_FILE = graphql(`
  query CoachPersonFile($id: ID!) {
    diagnosticQuestionnaire {
      version
      questions {
        id
        text {
          fr
          en
        }
        options {
          value
          label {
            fr
            en
          }
        }
      }
    }
    candidate(id: $id) {
      id
      firstName
      lastName
      email
      phone
      site
      service
      formerJobTitle
      formerOccupationCode
      formerOccupationConfirmation {
        formerJobTitle
        status
        occupationCode
        confirmedAt
        candidates {
          occupationCode
          label
        }
      }
      languages
      status
      enrolledAt
      contractEndDate
      programme {
        id
        name
      }
      diagnostic {
        id
        status
        submittedAt
        answers {
          questionId
          choice
          choices
          number
        }
        orientation {
          track
          source
          distressFlag
          reasons {
            code
            text {
              fr
              en
            }
          }
          distressReasons {
            code
            text {
              fr
              en
            }
          }
        }
      }
      assessments {
        id
        instrumentCode
        status
        submittedAt
        releasedAt
        progress {
          answered
          total
        }
      }
      pathway {
        ...PathwayPlan
      }
      recommendations {
        id
        label
        occupationCode
        proximity
        rank
        explanation
        localDemand {
          area
          areaCodes
          areaLabel
          zoneUnknown
          projects
          hardToFillShare
        }
        certifications {
          certification {
            number
            url
          }
          linkedBy
          coveredSkills {
            code
            label
          }
        }
      }
      matches {
        rank
        explanation
        offer {
          id
          title
          contractType
          departmentCode
        }
      }
      sessions {
        id
        kind
        mode
        startsAt
        status
      }
      outcome {
        id
        category
        outcomeDate
        employerName
        jobTitle
      }
    }
  }
`);

export type Person = NonNullable<CoachPersonFileQuery['candidate']>;
type Questionnaire = CoachPersonFileQuery['diagnosticQuestionnaire'];

export function PersonFile({ candidateId, today }: { candidateId: string; today: string }) {
  const { t } = useI18n();
  // Partial answers are kept: an unavailable service leaves its own card empty, not the whole file.
  const { data, loading, error, refetch } = useQuery(PERSON_FILE, {
    variables: { id: candidateId },
    errorPolicy: 'all',
  });
  if (loading && !data) return <Loading />;
  const person = data?.candidate;
  if (!person) return error ? <Failure retry={() => void refetch()} /> : <p>{t('coach.file.notFound')}</p>;
  return (
    <>
      {error && <Failure retry={() => void refetch()} />}
      <div className="coach-file">
        <Profile person={person} />
        <FormerOccupationCard candidateId={person.id} confirmation={person.formerOccupationConfirmation} />
        <PauseCard candidateId={person.id} status={person.status} today={today} />
        <DiagnosticCard person={person} questionnaire={data.diagnosticQuestionnaire} />
        <Assessments person={person} />
        <Sessions person={person} />
        <Card title={t('coach.plan.title')}>
          {person.pathway ? (
            <PlanEditor candidateId={person.id} pathway={person.pathway} />
          ) : (
            <p>{t('coach.plan.none')}</p>
          )}
        </Card>
        <Suggestions person={person} />
        <ProjectCard candidateId={person.id} />
        <ApplicationsCard candidateId={person.id} />
        <CvCard candidateId={person.id} />
        <PracticeCard candidateId={person.id} />
        <Offers person={person} />
        <OutcomeCard person={person} />
      </div>
    </>
  );
}

function Profile({ person }: { person: Person }) {
  const { t, dateTime } = useI18n();
  const facts: [MessageKey, string | null | undefined][] = [
    ['coach.profile.programme', person.programme.name],
    ['coach.profile.formerJob', person.formerJobTitle ?? person.formerOccupationCode],
    // Beside the former title: the service HR wrote, which says which job the title is.
    ['coach.profile.service', person.service],
    ['coach.profile.site', person.site],
    ['coach.profile.email', person.email],
    ['coach.profile.phone', person.phone],
    ['coach.profile.languages', person.languages.join(', ')],
    ['coach.profile.enrolledAt', dateTime(person.enrolledAt)],
    ['coach.profile.status', t(`coach.status.${person.status}` as MessageKey)],
  ];
  return (
    <Card title={t('coach.profile.title')}>
      <dl className="coach-facts">
        {facts
          .filter(([, value]) => value)
          .map(([key, value]) => (
            <div key={key}>
              <dt>{t(key)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </Card>
  );
}

function DiagnosticCard({ person, questionnaire }: { person: Person; questionnaire: Questionnaire }) {
  const { t, dateTime } = useI18n();
  const wording = useWording();
  const distressReason = useDistressReason();
  const diagnostic = person.diagnostic;
  const orientation = diagnostic?.orientation;
  const answerText = (answer: NonNullable<typeof diagnostic>['answers'][number]) => {
    const question = questionnaire.questions.find((q) => q.id === answer.questionId);
    const label = (value: string) => {
      const option = question?.options.find((o) => o.value === value);
      return option ? wording(option.label) : value;
    };
    if (answer.choice) return label(answer.choice);
    if (answer.choices) return answer.choices.map(label).join(', ');
    return answer.number === null || answer.number === undefined ? '' : String(answer.number);
  };
  return (
    <Card title={t('coach.diagnostic.title')}>
      {!diagnostic ? (
        <p>{t('coach.diagnostic.none')}</p>
      ) : diagnostic.status !== 'SUBMITTED' || !orientation ? (
        <p>{t('coach.diagnostic.inProgress')}</p>
      ) : (
        <>
          <p>
            {t('coach.diagnostic.track', { track: t(`coach.track.${orientation.track}` as MessageKey) })}{' '}
            <span className="muted">
              {t(orientation.source === 'RULES' ? 'coach.diagnostic.byRules' : 'coach.diagnostic.byCoach')}
            </span>
          </p>
          {orientation.distressFlag && (
            <p className="coach-flag distress">
              {t('coach.diagnostic.distress', {
                why: orientation.distressReasons.map(distressReason).join(' ; '),
              })}
            </p>
          )}
          {orientation.reasons.length > 0 && (
            <ul>
              {orientation.reasons.map((reason) => (
                <li key={reason.code}>{wording(reason.text)}</li>
              ))}
            </ul>
          )}
          {diagnostic.submittedAt && (
            <p className="muted">
              {t('coach.diagnostic.submittedAt', { when: dateTime(diagnostic.submittedAt) })}
            </p>
          )}
          <TrackOverride candidateId={person.id} current={orientation.track} />
          <details>
            <summary>{t('coach.diagnostic.answers', { count: diagnostic.answers.length })}</summary>
            <dl className="coach-answers">
              {diagnostic.answers.map((answer) => {
                const question = questionnaire.questions.find((q) => q.id === answer.questionId);
                return (
                  <div key={answer.questionId}>
                    <dt>{question ? wording(question.text) : answer.questionId}</dt>
                    <dd>{answerText(answer)}</dd>
                  </div>
                );
              })}
            </dl>
          </details>
        </>
      )}
    </Card>
  );
}

/** An instrument's name in words (the code when the catalogue does not know it). */
export function useInstrumentName(): (code: string) => string {
  const { t } = useI18n();
  const known: Record<string, MessageKey> = {
    'riasec-markers-48': 'coach.instrument.riasec',
    'skills-inventory': 'coach.instrument.skills',
    'work-values': 'coach.instrument.values',
  };
  return (code) => (known[code] ? t(known[code]) : code);
}

function Assessments({ person }: { person: Person }) {
  const { t, dateTime } = useI18n();
  const instrumentName = useInstrumentName();
  return (
    <Card title={t('coach.assessments.title')}>
      {person.assessments.length ? (
        <ul className="coach-list">
          {person.assessments.map((assessment) => (
            <li key={assessment.id}>
              <strong>{instrumentName(assessment.instrumentCode)}</strong>
              <span className="muted">
                {' '}
                {assessment.status === 'RELEASED' && assessment.releasedAt
                  ? t('coach.assessments.releasedAt', { when: dateTime(assessment.releasedAt) })
                  : assessment.status === 'COMPLETED' && assessment.submittedAt
                    ? t('coach.assessments.submittedAt', { when: dateTime(assessment.submittedAt) })
                    : t('coach.assessments.progress', {
                        answered: assessment.progress.answered,
                        total: assessment.progress.total,
                      })}
              </span>
              {assessment.status === 'COMPLETED' && (
                <>
                  {' '}
                  <Link to={debriefPath(person.id, assessment.id)}>
                    {t('coach.assessments.debrief', { name: instrumentName(assessment.instrumentCode) })}
                  </Link>
                </>
              )}
              {assessment.status === 'RELEASED' && (
                <>
                  {' '}
                  <Link to={debriefPath(person.id, assessment.id)}>
                    {t('coach.assessments.seeDebrief', { name: instrumentName(assessment.instrumentCode) })}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('coach.assessments.none')}</p>
      )}
    </Card>
  );
}
