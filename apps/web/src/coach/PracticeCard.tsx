import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import type { CoachPracticeQuery } from './gql/graphql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Card, Failure, Loading, Notice } from '../ui/ui';
import { TextArea } from './TextArea';
import { useWording } from './people';

const PRACTICE = graphql(`
  query CoachPractice($candidateId: ID!) {
    interviewPracticeGuide {
      rubric {
        criterion
        fr
        en
      }
    }
    interviewPracticeSessions(candidateId: $candidateId) {
      id
      startedAt
      questions {
        position
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
            shortParts
            resultWithoutFigure
          }
          submittedAt
          review {
            total
          }
        }
      }
    }
  }
`);

const REVIEW = graphql(`
  mutation CoachReviewPracticeAnswer($input: ReviewPracticeAnswerInput!) {
    reviewPracticeAnswer(input: $input) {
      id
      status
    }
  }
`);

type Session = CoachPracticeQuery['interviewPracticeSessions'][number];
type Question = Session['questions'][number]['question'];
type Answer = NonNullable<Session['questions'][number]['answer']>;
type Rubric = CoachPracticeQuery['interviewPracticeGuide']['rubric'];

/** The scores the review gives, from 1 (not yet) to 4 (convincing), in the rubric's order. */
const CRITERIA = ['structure', 'concreteness', 'result', 'clarity'] as const;
type Criterion = (typeof CRITERIA)[number];
const COMMENT_MAX = 2000;

/** Interview practice: the answers the person submitted, waiting for the coach's review. */
export function PracticeCard({ candidateId }: { candidateId: string }) {
  const { t } = useI18n();
  // Said here: a reviewed answer leaves the list of those waiting, and its form with it.
  const [done, setDone] = useState(false);
  const { data, loading, error, refetch } = useQuery(PRACTICE, { variables: { candidateId } });
  const waiting = (data?.interviewPracticeSessions ?? []).flatMap((session) =>
    session.questions.flatMap(({ question, answer }) =>
      answer?.status === 'SUBMITTED' ? [{ question, answer }] : [],
    ),
  );
  const reviewed = (data?.interviewPracticeSessions ?? []).flatMap((session) =>
    session.questions.filter((question) => question.answer?.status === 'REVIEWED'),
  ).length;
  return (
    <Card title={t('coach.practice.title')}>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <Failure retry={() => void refetch()} />
      ) : !data?.interviewPracticeSessions.length ? (
        <p>{t('coach.practice.none')}</p>
      ) : (
        <>
          <p>
            {t('coach.practice.counts', {
              sessions: data.interviewPracticeSessions.length,
              waiting: waiting.length,
              reviewed,
            })}
          </p>
          {done && <Notice>{t('coach.practice.reviewed')}</Notice>}
          {waiting.map(({ question, answer }) => (
            <AnswerReview
              key={answer.id}
              question={question}
              answer={answer}
              rubric={data.interviewPracticeGuide.rubric}
              onDone={() => setDone(true)}
            />
          ))}
        </>
      )}
    </Card>
  );
}

function AnswerReview({
  question,
  answer,
  rubric,
  onDone,
}: {
  question: Question;
  answer: Answer;
  rubric: Rubric;
  onDone: () => void;
}) {
  const { t, dateTime, errorText } = useI18n();
  const wording = useWording();
  const [scores, setScores] = useState<Record<Criterion, number | null>>({
    structure: null,
    concreteness: null,
    result: null,
    clarity: null,
  });
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const [review, { loading, error }] = useMutation(REVIEW, {
    refetchQueries: ['CoachPractice'],
    awaitRefetchQueries: true,
  });
  const missing = CRITERIA.filter((criterion) => scores[criterion] === null);
  const problems = {
    scores: missing.length ? t('coach.practice.problem.scores') : null,
    comment: comment.length > COMMENT_MAX ? t('coach.practice.problem.long', { max: COMMENT_MAX }) : null,
  };
  const questionText = wording({ fr: question.textFr, en: question.textEn });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const { structure, concreteness, result, clarity } = scores;
    if (
      problems.comment ||
      structure === null ||
      concreteness === null ||
      result === null ||
      clarity === null
    )
      return;
    await review({
      variables: {
        input: {
          answerId: answer.id,
          structure,
          concreteness,
          result,
          clarity,
          comment: comment.trim() || null,
        },
      },
    })
      .then(onDone)
      .catch(() => undefined);
  };
  const parts: [MessageKey, string][] = [
    ['coach.practice.situation', answer.situation],
    ['coach.practice.task', answer.task],
    ['coach.practice.action', answer.action],
    ['coach.practice.result', answer.result],
  ];
  return (
    <article className="coach-practice" aria-label={questionText}>
      <h3>{questionText}</h3>
      {answer.submittedAt && (
        <p className="muted">{t('coach.practice.submittedAt', { when: dateTime(answer.submittedAt) })}</p>
      )}
      <dl className="coach-answers">
        {parts.map(([key, text]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      {(answer.check.shortParts.length > 0 || answer.check.resultWithoutFigure) && (
        <p className="muted">
          {[
            answer.check.shortParts.length
              ? t('coach.practice.short', {
                  parts: answer.check.shortParts
                    .map((part) => t(`coach.practice.${part.toLowerCase()}` as MessageKey))
                    .join(', '),
                })
              : null,
            answer.check.resultWithoutFigure ? t('coach.practice.noFigure') : null,
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
      <form
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label={t('coach.practice.review', { question: questionText })}
      >
        {CRITERIA.map((criterion) => {
          const described = rubric.find((item) => item.criterion === criterion);
          const name = `${answer.id}-${criterion}`;
          return (
            <fieldset key={criterion} className="coach-score">
              <legend>{described ? wording({ fr: described.fr, en: described.en }) : criterion}</legend>
              {[1, 2, 3, 4].map((score) => (
                <label key={score}>
                  <input
                    type="radio"
                    name={name}
                    value={score}
                    checked={scores[criterion] === score}
                    onChange={() => setScores({ ...scores, [criterion]: score })}
                  />{' '}
                  {t(`coach.practice.score.${score}` as MessageKey)}
                </label>
              ))}
            </fieldset>
          );
        })}
        {tried && problems.scores && (
          <p className="failure" role="alert">
            {problems.scores}
          </p>
        )}
        <TextArea
          id={`${answer.id}-comment`}
          label={t('coach.practice.comment')}
          hint={t('coach.practice.commentHint')}
          value={comment}
          onChange={setComment}
          problem={problems.comment}
        />
        <button type="submit" className="button primary" disabled={loading}>
          {t('coach.practice.send')}
        </button>
        {error && (
          <p role="alert" className="failure">
            {errorText(error)}
          </p>
        )}
      </form>
    </article>
  );
}
