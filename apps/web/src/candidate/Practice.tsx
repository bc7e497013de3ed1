import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import type { StarPart } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Link, useRouter } from '../router';
import { Button, Card, Failure, Loading, Notice } from '../ui/ui';

const PRACTICE_LIST = graphql(`
  query CandidatePracticeSessions($id: ID!) {
    interviewPracticeSessions(candidateId: $id) {
      id
      applicationId
      startedAt
      questions {
        position
        answer {
          id
          status
        }
      }
    }
    jobApplications(candidateId: $id) {
      id
      company
      jobTitle
      occupationCode
      status
    }
  }
`);

const START_PRACTICE = graphql(`
  mutation CandidateStartPractice($input: StartInterviewPracticeInput!) {
    startInterviewPractice(input: $input) {
      id
    }
  }
`);

const PRACTICE_SESSION = graphql(`
  query CandidatePracticeSession($id: ID!) {
    interviewPracticeGuide {
      star {
        part
        fr
        en
        minWords
        maxCharacters
      }
      rubric {
        criterion
        fr
        en
      }
      bankLicence
    }
    interviewPracticeSession(id: $id) {
      id
      applicationId
      startedAt
      questions {
        position
        reason
        question {
          id
          textFr
          textEn
        }
        answer {
          id
          status
          situation
          task
          action
          result
          check {
            missingParts
            shortParts
            resultWithoutFigure
          }
          savedAt
          submittedAt
          review {
            structure
            concreteness
            result
            clarity
            total
            comment
            reviewedAt
          }
        }
      }
    }
  }
`);

const SAVE_ANSWER = graphql(`
  mutation CandidateSavePracticeAnswer($input: PracticeAnswerInput!) {
    savePracticeAnswer(input: $input) {
      id
      status
      situation
      task
      action
      result
      check {
        missingParts
        shortParts
        resultWithoutFigure
      }
      savedAt
      submittedAt
    }
  }
`);

const SUBMIT_ANSWER = graphql(`
  mutation CandidateSubmitPracticeAnswer($input: PracticeAnswerInput!) {
    submitPracticeAnswer(input: $input) {
      id
      status
      situation
      task
      action
      result
      check {
        missingParts
        shortParts
        resultWithoutFigure
      }
      savedAt
      submittedAt
    }
  }
`);

const PARTS: StarPart[] = ['SITUATION', 'TASK', 'ACTION', 'RESULT'];
const FIELD: Record<StarPart, 'situation' | 'task' | 'action' | 'result'> = {
  SITUATION: 'situation',
  TASK: 'task',
  ACTION: 'action',
  RESULT: 'result',
};

/** The person's interview practice: sessions started, and a new one, general or for an application. */
export function Practice({ candidateId }: { candidateId: string }) {
  const { t, day, errorText } = useI18n();
  const { navigate } = useRouter();
  const { data, loading, error, refetch } = useQuery(PRACTICE_LIST, {
    variables: { id: candidateId },
    fetchPolicy: 'cache-and-network',
  });
  const [start, starting] = useMutation(START_PRACTICE);
  const [applicationId, setApplicationId] = useState('');
  const [count, setCount] = useState(5);
  const [problem, setProblem] = useState<string | null>(null);
  if (loading && !data) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const open = data.jobApplications.filter((application) =>
    ['SENT', 'INTERVIEW', 'NO_ANSWER', 'OFFER'].includes(application.status),
  );
  const begin = async () => {
    setProblem(null);
    const application = open.find((entry) => entry.id === applicationId);
    try {
      const result = await start({
        variables: {
          input: {
            candidateId,
            questionCount: count,
            ...(application && {
              applicationId: application.id,
              ...(application.occupationCode && { occupationCodes: [application.occupationCode] }),
            }),
          },
        },
      });
      const id = result.data?.startInterviewPractice.id;
      if (id) navigate(`/practice/${id}`);
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  const applicationName = (id: string | null | undefined) => {
    const application = data.jobApplications.find((entry) => entry.id === id);
    return application
      ? t('candidate.applications.card', { jobTitle: application.jobTitle, company: application.company })
      : null;
  };
  return (
    <>
      <p>{t('candidate.practice.intro')}</p>
      <Card title={t('candidate.practice.start')}>
        <div className="field">
          <label htmlFor="practice-for">{t('candidate.practice.for')}</label>
          <select
            id="practice-for"
            value={applicationId}
            onChange={(event) => setApplicationId(event.target.value)}
          >
            <option value="">{t('candidate.practice.general')}</option>
            {open.map((application) => (
              <option key={application.id} value={application.id}>
                {t('candidate.applications.card', {
                  jobTitle: application.jobTitle,
                  company: application.company,
                })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="practice-count">{t('candidate.practice.count')}</label>
          <select
            id="practice-count"
            value={count}
            onChange={(event) => setCount(Number(event.target.value))}
          >
            {[3, 5, 10].map((option) => (
              <option key={option} value={option}>
                {t('candidate.practice.questions', { count: option })}
              </option>
            ))}
          </select>
        </div>
        <Button onClick={() => void begin()} disabled={starting.loading}>
          {t('candidate.practice.begin')}
        </Button>
        {problem && (
          <p role="alert" className="failure">
            {problem}
          </p>
        )}
      </Card>
      <h2 className="section-title">{t('candidate.practice.sessions')}</h2>
      {data.interviewPracticeSessions.length === 0 ? (
        <p>{t('candidate.practice.none')}</p>
      ) : (
        <ul className="plain">
          {data.interviewPracticeSessions.map((session) => {
            const answered = session.questions.filter((question) => question.answer?.status !== undefined);
            const reviewed = session.questions.filter((question) => question.answer?.status === 'REVIEWED');
            return (
              <li key={session.id} className="item">
                <p className="item-title">
                  <Link to={`/practice/${session.id}`}>
                    {t('candidate.practice.sessionOf', { date: day(session.startedAt) })}
                  </Link>
                </p>
                <p className="muted">
                  {applicationName(session.applicationId) ?? t('candidate.practice.generalShort')} ·{' '}
                  {t('candidate.practice.progress', {
                    answered: answered.length,
                    total: session.questions.length,
                    reviewed: reviewed.length,
                  })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

type Answer = {
  id: string;
  status: 'DRAFT' | 'SUBMITTED' | 'REVIEWED';
  situation: string;
  task: string;
  action: string;
  result: string;
  check: { missingParts: StarPart[]; shortParts: StarPart[]; resultWithoutFigure: boolean };
  review?: {
    structure: number;
    concreteness: number;
    result: number;
    clarity: number;
    total: number;
    comment?: string | null;
    reviewedAt: string;
  } | null;
};

type Guide = {
  star: { part: StarPart; fr: string; en: string; minWords: number; maxCharacters: number }[];
  rubric: { criterion: string; fr: string; en: string }[];
  bankLicence: string;
};

/** One practice session: each question, answered in the four STAR parts with their guidance. */
export function PracticeSession({ sessionId }: { sessionId: string }) {
  const { t, language, dateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(PRACTICE_SESSION, {
    variables: { id: sessionId },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const session = data.interviewPracticeSession;
  const guide = data.interviewPracticeGuide;
  return (
    <>
      <p>
        <Link to="/practice">{t('candidate.practice.back')}</Link>
      </p>
      <p>{t('candidate.practice.star')}</p>
      <p className="muted">{t('candidate.practice.started', { when: dateTime(session.startedAt) })}</p>
      {[...session.questions]
        .sort((a, b) => a.position - b.position)
        .map((entry) => (
          <QuestionCard
            key={entry.question.id}
            sessionId={session.id}
            position={entry.position}
            questionId={entry.question.id}
            text={language === 'fr' ? entry.question.textFr : entry.question.textEn}
            answer={entry.answer ?? null}
            guide={guide}
            onChanged={() => void refetch()}
          />
        ))}
      <p className="muted">{t('candidate.practice.licence', { licence: guide.bankLicence })}</p>
    </>
  );
}

function QuestionCard({
  sessionId,
  position,
  questionId,
  text,
  answer,
  guide,
  onChanged,
}: {
  sessionId: string;
  position: number;
  questionId: string;
  text: string;
  answer: Answer | null;
  guide: Guide;
  onChanged: () => void;
}) {
  const { t, language, dateTime, errorText } = useI18n();
  const [parts, setParts] = useState({
    situation: answer?.situation ?? '',
    task: answer?.task ?? '',
    action: answer?.action ?? '',
    result: answer?.result ?? '',
  });
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [save, saving] = useMutation(SAVE_ANSWER);
  const [submit, submitting] = useMutation(SUBMIT_ANSWER);
  const locked = answer?.status === 'SUBMITTED' || answer?.status === 'REVIEWED';
  const title = t('candidate.practice.question', { n: position });
  const partName = (part: StarPart) => t(`candidate.practice.part.${part}` as MessageKey);
  const send = async (kind: 'save' | 'submit') => {
    setNotice(null);
    setProblem(null);
    if (kind === 'submit') {
      const empty = PARTS.filter((part) => !parts[FIELD[part]].trim());
      if (empty.length) {
        setProblem(t('candidate.practice.fillAll', { parts: empty.map(partName).join(', ') }));
        return;
      }
    }
    const input = { sessionId, questionId, ...parts };
    try {
      if (kind === 'save') await save({ variables: { input } });
      else await submit({ variables: { input } });
      setNotice(t(kind === 'save' ? 'candidate.practice.saved' : 'candidate.practice.submitted'));
      onChanged();
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  return (
    <Card title={title}>
      <p className="item-title">{text}</p>
      {locked && answer ? (
        <>
          <dl className="facts">
            {PARTS.map((part) => (
              <div key={part}>
                <dt>{partName(part)}</dt>
                <dd>{answer[FIELD[part]]}</dd>
              </div>
            ))}
          </dl>
          {answer.review ? (
            <div className="panel">
              <h3>{t('candidate.practice.review')}</h3>
              <p>{t('candidate.practice.review.total', { total: answer.review.total })}</p>
              <ul>
                {guide.rubric.map((criterion) => {
                  const score =
                    answer.review?.[
                      criterion.criterion as 'structure' | 'concreteness' | 'result' | 'clarity'
                    ];
                  return (
                    <li key={criterion.criterion}>
                      {t('candidate.practice.review.score', {
                        criterion: language === 'fr' ? criterion.fr : criterion.en,
                        score: score ?? '',
                      })}
                    </li>
                  );
                })}
              </ul>
              {answer.review.comment && <p>{answer.review.comment}</p>}
              <p className="muted">
                {t('candidate.practice.review.on', { when: dateTime(answer.review.reviewedAt) })}
              </p>
            </div>
          ) : (
            <Notice>{t('candidate.practice.waiting')}</Notice>
          )}
        </>
      ) : (
        <>
          {PARTS.map((part) => {
            const guidance = guide.star.find((entry) => entry.part === part);
            const id = `answer-${position}-${part.toLowerCase()}`;
            return (
              <div key={part} className="field">
                <label htmlFor={id}>{partName(part)}</label>
                {guidance && (
                  <p id={`${id}-hint`} className="muted hint">
                    {language === 'fr' ? guidance.fr : guidance.en}
                  </p>
                )}
                <textarea
                  id={id}
                  rows={3}
                  maxLength={guidance?.maxCharacters}
                  value={parts[FIELD[part]]}
                  aria-describedby={guidance ? `${id}-hint` : undefined}
                  onChange={(event) =>
                    setParts((previous) => ({ ...previous, [FIELD[part]]: event.target.value }))
                  }
                />
              </div>
            );
          })}
          {answer && <Check check={answer.check} />}
          <div className="actions">
            <Button
              kind="quiet"
              onClick={() => void send('save')}
              disabled={saving.loading || submitting.loading}
            >
              {t('candidate.practice.saveDraft')}
            </Button>
            <Button onClick={() => void send('submit')} disabled={saving.loading || submitting.loading}>
              {t('candidate.practice.submit')}
            </Button>
          </div>
          <p className="muted">{t('candidate.practice.submitHint')}</p>
        </>
      )}
      {notice && <Notice>{notice}</Notice>}
      {problem && (
        <p role="alert" className="failure">
          {problem}
        </p>
      )}
    </Card>
  );
}

function Check({ check }: { check: Answer['check'] }) {
  const { t } = useI18n();
  const partName = (part: StarPart) => t(`candidate.practice.part.${part}` as MessageKey);
  const notes = [
    check.missingParts.length > 0 &&
      t('candidate.practice.check.missing', { parts: check.missingParts.map(partName).join(', ') }),
    check.shortParts.length > 0 &&
      t('candidate.practice.check.short', { parts: check.shortParts.map(partName).join(', ') }),
    check.resultWithoutFigure && t('candidate.practice.check.figure'),
  ].filter((note): note is string => Boolean(note));
  if (notes.length === 0) return <p className="muted">{t('candidate.practice.check.fine')}</p>;
  return (
    <div className="panel">
      <p className="item-title">{t('candidate.practice.check')}</p>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
