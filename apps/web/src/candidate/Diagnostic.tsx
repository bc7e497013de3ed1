import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import type { DiagnosticAnswerInput, DiagnosticFormQuery } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Link, useRouter } from '../router';
import { Button, Card, Failure, Loading } from '../ui/ui';

/** What the form shows of the person's diagnostic: read with the form, returned by each save. */
export const DIAGNOSTIC_PROGRESS = graphql(`
  fragment DiagnosticProgress on Diagnostic {
    id
    status
    unansweredQuestionIds
    answers {
      questionId
      choice
      choices
      number
    }
  }
`);

const DIAGNOSTIC_FORM = graphql(`
  query DiagnosticForm($id: ID!) {
    diagnosticQuestionnaire {
      version
      questions {
        id
        theme
        kind
        required
        min
        max
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
      diagnostic {
        ...DiagnosticProgress
      }
    }
  }
`);

const SAVE_ANSWER = graphql(`
  mutation SaveDiagnosticAnswer($id: ID!, $answers: [DiagnosticAnswerInput!]!) {
    saveDiagnosticAnswers(candidateId: $id, answers: $answers) {
      ...DiagnosticProgress
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitDiagnostic($id: ID!) {
    submitDiagnostic(candidateId: $id) {
      id
      status
    }
  }
`);

type Saving = { questionId: string; state: 'saving' | 'saved' | 'failed' } | null;

/**
 * The starting questionnaire, one answer saved at a time as the person gives it, so nothing is
 * lost if they stop; grouped by theme, each question a fieldset with its own label.
 */
export function Diagnostic({ candidateId }: { candidateId: string }) {
  const { t, language, errorText } = useI18n();
  const { navigate } = useRouter();
  const { data, loading, error, refetch } = useQuery(DIAGNOSTIC_FORM, { variables: { id: candidateId } });
  const [save] = useMutation(SAVE_ANSWER);
  const [submit, submitting] = useMutation(SUBMIT);
  const [saving, setSaving] = useState<Saving>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  if (loading) return <Loading />;
  if (error || !data?.candidate) return <Failure retry={() => void refetch()} />;
  const { questions } = data.diagnosticQuestionnaire;
  const diagnostic = data.candidate.diagnostic;
  if (diagnostic?.status === 'SUBMITTED')
    return (
      <Card title={t('candidate.diagnostic.title')}>
        <p>{t('candidate.diagnostic.submitted')}</p>
        <Link to="/">{t('nav.back')}</Link>
      </Card>
    );
  const answers = new Map((diagnostic?.answers ?? []).map((answer) => [answer.questionId, answer]));
  const unanswered = diagnostic
    ? diagnostic.unansweredQuestionIds.filter((id) => questions.find((q) => q.id === id)?.required)
    : questions.filter((q) => q.required).map((q) => q.id);

  const answer = async (input: DiagnosticAnswerInput) => {
    setSaving({ questionId: input.questionId, state: 'saving' });
    try {
      await save({
        variables: { id: candidateId, answers: [input] },
        // The first answer starts the diagnostic: point the person at it in the cache.
        update: (cache, { data: saved }) => {
          if (!saved) return;
          const diagnosticRef = cache.identify(saved.saveDiagnosticAnswers);
          cache.modify({
            id: cache.identify({ __typename: 'Candidate', id: candidateId }),
            fields: {
              diagnostic: (current, { toReference }) =>
                current ?? (diagnosticRef ? toReference(diagnosticRef) : current),
            },
          });
        },
      });
      setSaving({ questionId: input.questionId, state: 'saved' });
    } catch {
      setSaving({ questionId: input.questionId, state: 'failed' });
    }
  };
  const send = async () => {
    setSubmitError(null);
    try {
      // Home asks again: the plan follows from the answers (pathway plans it on CandidateDiagnosed).
      await submit({ variables: { id: candidateId }, refetchQueries: ['CandidateHome'] });
      navigate('/');
    } catch (failure) {
      setSubmitError(errorText(failure));
    }
  };
  const themes = [...new Set(questions.map((question) => question.theme))];
  return (
    <>
      <p>{t('candidate.diagnostic.intro')}</p>
      {themes.map((theme) => (
        <Card key={theme} title={t(`candidate.diagnostic.theme.${theme}` as MessageKey)}>
          {questions
            .filter((question) => question.theme === theme)
            .map((question) => (
              <fieldset key={question.id} className="question">
                <legend>
                  {question.text[language]}{' '}
                  {!question.required && <span className="muted">{t('candidate.diagnostic.optional')}</span>}
                </legend>
                <QuestionInput
                  question={question}
                  given={answers.get(question.id) ?? null}
                  onAnswer={(input) => void answer(input)}
                />
                {saving?.questionId === question.id && (
                  <p role="status" className={saving.state === 'failed' ? 'failure' : 'muted'}>
                    {t(
                      saving.state === 'saving'
                        ? 'candidate.diagnostic.saving'
                        : saving.state === 'saved'
                          ? 'candidate.diagnostic.saved'
                          : 'candidate.diagnostic.saveFailed',
                    )}
                  </p>
                )}
              </fieldset>
            ))}
        </Card>
      ))}
      <Card title={t('candidate.diagnostic.submit')}>
        <p role="status">
          {unanswered.length
            ? t('candidate.diagnostic.remaining', { count: unanswered.length })
            : t('candidate.diagnostic.complete')}
        </p>
        {submitError && (
          <p role="alert" className="failure">
            {submitError}
          </p>
        )}
        <Button onClick={() => void send()} disabled={unanswered.length > 0 || submitting.loading}>
          {t('candidate.diagnostic.submit')}
        </Button>
      </Card>
    </>
  );
}

type Question = DiagnosticFormQuery['diagnosticQuestionnaire']['questions'][number];
type Given = { choice?: string | null; choices?: string[] | null; number?: number | null } | null;

function QuestionInput({
  question,
  given,
  onAnswer,
}: {
  question: Question;
  given: Given;
  onAnswer: (input: DiagnosticAnswerInput) => void;
}) {
  const { t, language } = useI18n();
  const name = `q-${question.id}`;
  switch (question.kind) {
    case 'SINGLE_CHOICE':
      return (
        <div className="options">
          {question.options.map((option) => (
            <label key={option.value} className="option">
              <input
                type="radio"
                name={name}
                value={option.value}
                defaultChecked={given?.choice === option.value}
                onChange={() => onAnswer({ questionId: question.id, choice: option.value })}
              />
              {option.label[language]}
            </label>
          ))}
        </div>
      );
    case 'MULTIPLE_CHOICE': {
      const chosen = new Set(given?.choices ?? []);
      return (
        <div className="options">
          {question.options.map((option) => (
            <label key={option.value} className="option">
              <input
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={chosen.has(option.value)}
                onChange={(event) => {
                  if (event.target.checked) chosen.add(option.value);
                  else chosen.delete(option.value);
                  onAnswer({ questionId: question.id, choices: [...chosen] });
                }}
              />
              {option.label[language]}
            </label>
          ))}
        </div>
      );
    }
    case 'SCALE': {
      const values = Array.from(
        { length: (question.max ?? 5) - (question.min ?? 1) + 1 },
        (_, index) => (question.min ?? 1) + index,
      );
      return (
        <div className="options scale">
          {values.map((value) => (
            <label key={value} className="option">
              <input
                type="radio"
                name={name}
                value={value}
                defaultChecked={given?.number === value}
                onChange={() => onAnswer({ questionId: question.id, number: value })}
              />
              {value}
            </label>
          ))}
        </div>
      );
    }
    case 'INTEGER':
      return (
        <input
          type="number"
          inputMode="numeric"
          aria-label={question.text[language]}
          min={question.min ?? undefined}
          max={question.max ?? undefined}
          defaultValue={given?.number ?? ''}
          onBlur={(event) => {
            const value = event.target.valueAsNumber;
            if (Number.isInteger(value)) onAnswer({ questionId: question.id, number: value });
          }}
        />
      );
    case 'LANGUAGE_LIST':
      return (
        <>
          <input
            type="text"
            aria-label={question.text[language]}
            aria-describedby={`${name}-hint`}
            defaultValue={(given?.choices ?? []).join(', ')}
            onBlur={(event) => {
              const codes = event.target.value
                .split(',')
                .map((code) => code.trim().toLowerCase())
                .filter(Boolean);
              if (codes.length) onAnswer({ questionId: question.id, choices: codes });
            }}
          />
          <p id={`${name}-hint`} className="muted">
            {t('candidate.diagnostic.languagesHint')}
          </p>
        </>
      );
  }
}
