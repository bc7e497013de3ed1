import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSession } from '../auth/session';
import { graphql } from './gql';
import type { AssessmentScreenQuery } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Link } from '../router';
import { Button, Card, Failure, Loading, Notice } from '../ui/ui';
import { saveFile } from '../ui/save-file';

const ASSESSMENT_SCREEN = graphql(`
  query AssessmentScreen($id: ID!, $language: AssessmentLanguage!) {
    instruments {
      code
      title(language: $language)
    }
    assessment(id: $id) {
      id
      instrumentCode
      status
      progress {
        answered
        total
      }
      items(language: $language) {
        itemId
        text
        answer
      }
      responseFormat(language: $language) {
        min
        max
        anchors {
          value
          label
        }
      }
      profile {
        riasec {
          hollandCode
          scores {
            type
            score
          }
        }
      }
    }
  }
`);

const SAVE = graphql(`
  mutation CandidateSaveAssessmentAnswer($input: SaveAssessmentAnswersInput!) {
    saveAssessmentAnswers(input: $input) {
      id
      status
      progress {
        answered
        total
      }
    }
  }
`);

const SUBMIT = graphql(`
  mutation CandidateSubmitAssessment($id: ID!) {
    submitAssessment(assessmentId: $id) {
      id
      status
    }
  }
`);

type Screen = NonNullable<AssessmentScreenQuery['assessment']>;

/** One test: taken a question at a time (each answer saved at once), then its results once debriefed. */
export function Assessment({ assessmentId }: { assessmentId: string }) {
  const { t, language } = useI18n();
  const { data, loading, error, refetch } = useQuery(ASSESSMENT_SCREEN, {
    variables: { id: assessmentId, language: language === 'fr' ? 'FR' : 'EN' },
    // The answers saved so far come from the server: a test may be resumed on another device.
    fetchPolicy: 'network-only',
  });
  if (loading && !data) return <Loading />;
  if (error || !data?.assessment) return <Failure retry={() => void refetch()} />;
  const assessment = data.assessment;
  const title = data.instruments.find((instrument) => instrument.code === assessment.instrumentCode)?.title;
  return (
    <>
      {title && <p className="instrument">{title}</p>}
      {assessment.status === 'ASSIGNED' || assessment.status === 'IN_PROGRESS' ? (
        <Questions assessment={assessment} />
      ) : assessment.status === 'RELEASED' ? (
        <Results assessment={assessment} />
      ) : (
        <Card title={t('candidate.tests.waiting.title')}>
          <p>{t('candidate.tests.waiting.body')}</p>
          <Link to="/assessments">{t('candidate.tests.back')}</Link>
        </Card>
      )}
    </>
  );
}

function Questions({ assessment }: { assessment: Screen }) {
  const { t, errorText } = useI18n();
  const [save] = useMutation(SAVE);
  const [submit, submitting] = useMutation(SUBMIT);
  const [given, setGiven] = useState<Record<string, number>>(() =>
    Object.fromEntries(
      assessment.items.flatMap((item) => (item.answer == null ? [] : [[item.itemId, item.answer] as const])),
    ),
  );
  const firstOpen = assessment.items.findIndex((item) => item.answer == null);
  const [index, setIndex] = useState(firstOpen < 0 ? assessment.items.length : firstOpen);
  const [state, setState] = useState<'saving' | 'saved' | 'failed' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const total = assessment.items.length;
  const answered = Object.keys(given).length;
  const { anchors } = assessment.responseFormat;

  const answer = async (itemId: string, value: number) => {
    setGiven((current) => ({ ...current, [itemId]: value }));
    setState('saving');
    try {
      await save({ variables: { input: { assessmentId: assessment.id, answers: [{ itemId, value }] } } });
      setState('saved');
      setIndex((current) => Math.min(current + 1, total));
    } catch {
      setState('failed');
    }
  };
  const send = async () => {
    setProblem(null);
    try {
      await submit({ variables: { id: assessment.id }, refetchQueries: ['CandidateAssessments'] });
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };

  const item = assessment.items[index];
  if (!item)
    return (
      <Card title={t('candidate.tests.finish.title')}>
        <p role="status">
          {answered === total
            ? t('candidate.tests.finish.ready')
            : t('candidate.tests.finish.missing', { count: total - answered })}
        </p>
        {problem && (
          <p role="alert" className="failure">
            {problem}
          </p>
        )}
        <div className="actions">
          <Button onClick={() => void send()} disabled={answered < total || submitting.loading}>
            {t('candidate.tests.submit')}
          </Button>
          <Button
            kind="quiet"
            onClick={() =>
              setIndex(
                Math.max(
                  0,
                  assessment.items.findIndex((item) => given[item.itemId] == null),
                ),
              )
            }
          >
            {t('candidate.tests.review')}
          </Button>
        </div>
      </Card>
    );
  return (
    <>
      <p>{t('candidate.tests.takeIntro')}</p>
      <progress
        max={total}
        value={answered}
        aria-label={t('candidate.tests.progress', { answered, total })}
      />
      <p className="muted">{t('candidate.tests.progress', { answered, total })}</p>
      <Card title={t('candidate.tests.question', { number: index + 1, total })}>
        <fieldset className="question">
          <legend>{item.text}</legend>
          <div className="options">
            {anchors.map((anchor) => (
              <label key={anchor.value} className="option">
                <input
                  type="radio"
                  name={`item-${item.itemId}`}
                  value={anchor.value}
                  checked={given[item.itemId] === anchor.value}
                  onChange={() => void answer(item.itemId, anchor.value)}
                />
                {anchor.label}
              </label>
            ))}
          </div>
        </fieldset>
        {state && (
          <p role="status" className={state === 'failed' ? 'failure' : 'muted'}>
            {t(
              state === 'saving'
                ? 'candidate.diagnostic.saving'
                : state === 'saved'
                  ? 'candidate.diagnostic.saved'
                  : 'candidate.diagnostic.saveFailed',
            )}
          </p>
        )}
        <div className="actions">
          <Button kind="quiet" onClick={() => setIndex(index - 1)} disabled={index === 0}>
            {t('candidate.tests.previous')}
          </Button>
          <Button kind="quiet" onClick={() => setIndex(index + 1)} disabled={given[item.itemId] == null}>
            {t('candidate.tests.next')}
          </Button>
        </div>
      </Card>
      <p className="muted">{t('candidate.tests.canStop')}</p>
    </>
  );
}

const RIASEC_MAX = 40;
const RIASEC_MIN = 8;

function Results({ assessment }: { assessment: Screen }) {
  const { t, language } = useI18n();
  const session = useSession();
  const [download, setDownload] = useState<'loading' | 'done' | 'failed' | null>(null);
  const riasec = assessment.profile?.riasec;
  const fetchReport = async () => {
    setDownload('loading');
    try {
      const token = await session.accessToken();
      const response = await fetch(`/reports/${assessment.id}.pdf?lang=${language}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) throw new Error(`report: ${response.status}`);
      saveFile(
        await response.blob(),
        `passerelle-${assessment.instrumentCode.toLowerCase()}-${language}.pdf`,
      );
      setDownload('done');
    } catch {
      setDownload('failed');
    }
  };
  return (
    <>
      <Card title={t('candidate.results.title')}>
        <p>{t('candidate.results.intro')}</p>
        {riasec && (
          <>
            <p className="holland">{t('candidate.results.code', { code: riasec.hollandCode })}</p>
            <ul className="plain scores">
              {[...riasec.scores]
                .sort((a, b) => b.score - a.score)
                .map((score) => (
                  <li key={score.type} className="score">
                    <span className="score-label">
                      {t(`candidate.riasec.${score.type}` as MessageKey)}
                      <span className="muted">
                        {' '}
                        · {t(`candidate.riasec.${score.type}.hint` as MessageKey)}
                      </span>
                    </span>
                    <meter
                      min={RIASEC_MIN}
                      max={RIASEC_MAX}
                      value={score.score}
                      aria-label={t('candidate.results.score', {
                        type: t(`candidate.riasec.${score.type}` as MessageKey),
                        score: score.score,
                        max: RIASEC_MAX,
                      })}
                    />
                  </li>
                ))}
            </ul>
          </>
        )}
      </Card>
      <Card title={t('candidate.results.report')}>
        <p>{t('candidate.results.reportIntro')}</p>
        <Button onClick={() => void fetchReport()} disabled={download === 'loading'}>
          {t('candidate.results.download')}
        </Button>
        {download === 'done' && <Notice>{t('candidate.results.downloaded')}</Notice>}
        {download === 'failed' && (
          <p role="alert" className="failure">
            {t('common.error')}
          </p>
        )}
      </Card>
      <Link to="/assessments">{t('candidate.tests.back')}</Link>
    </>
  );
}
