import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import type { CoachPersonFileQuery } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Card, Field, Notice } from '../ui/ui';

const CONFIRM = graphql(`
  mutation CoachConfirmFormerOccupation($candidateId: ID!, $occupationCode: String!) {
    confirmFormerOccupation(candidateId: $candidateId, occupationCode: $occupationCode) {
      status
      occupationCode
    }
  }
`);

type Confirmation = NonNullable<
  NonNullable<CoachPersonFileQuery['candidate']>['formerOccupationConfirmation']
>;

const OTHER = 'other';
const ROME_CODE = /^[A-Na-n]\d{4}$/;

/**
 * When the person's former job title (as HR wrote it) fits several occupations, the coach says
 * which one it is: one of the three closest, or another ROME code. Suggestions follow from it.
 */
export function FormerOccupationCard({
  candidateId,
  confirmation,
}: {
  candidateId: string;
  confirmation: Confirmation | null | undefined;
}) {
  const { t, dateTime, errorText } = useI18n();
  const [choice, setChoice] = useState('');
  const [other, setOther] = useState('');
  const [tried, setTried] = useState(false);
  const [confirm, { loading, error }] = useMutation(CONFIRM, { refetchQueries: ['CoachPersonFile'] });
  if (!confirmation) return null;
  if (confirmation.status === 'CONFIRMED') {
    const chosen = confirmation.candidates.find((c) => c.occupationCode === confirmation.occupationCode);
    return (
      <Card title={t('coach.formerJob.title')}>
        <Notice>
          {t('coach.formerJob.confirmed', {
            title: confirmation.formerJobTitle,
            occupation: chosen
              ? `${chosen.label} (${chosen.occupationCode})`
              : (confirmation.occupationCode ?? ''),
          })}
        </Notice>
        {confirmation.confirmedAt && (
          <p className="muted">
            {t('coach.formerJob.confirmedAt', { when: dateTime(confirmation.confirmedAt) })}
          </p>
        )}
      </Card>
    );
  }
  const code = choice === OTHER ? other.trim().toUpperCase() : choice;
  const problem =
    choice === ''
      ? t('coach.formerJob.problem.choose')
      : choice === OTHER && !ROME_CODE.test(other.trim())
        ? t('coach.formerJob.problem.code')
        : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem) return;
    await confirm({ variables: { candidateId, occupationCode: code } }).catch(() => undefined);
  };
  return (
    <Card title={t('coach.formerJob.title')}>
      <p>{t('coach.formerJob.ask', { title: confirmation.formerJobTitle })}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="question" aria-describedby={tried && problem ? 'former-job-problem' : undefined}>
          <legend>{t('coach.formerJob.legend')}</legend>
          <div className="options">
            {confirmation.candidates.map((candidate) => (
              <label key={candidate.occupationCode} className="option">
                <input
                  type="radio"
                  name="former-job"
                  value={candidate.occupationCode}
                  checked={choice === candidate.occupationCode}
                  onChange={() => setChoice(candidate.occupationCode)}
                />
                {candidate.label} <span className="muted">({candidate.occupationCode})</span>
              </label>
            ))}
            <label className="option">
              <input
                type="radio"
                name="former-job"
                value={OTHER}
                checked={choice === OTHER}
                onChange={() => setChoice(OTHER)}
              />
              {t('coach.formerJob.other')}
            </label>
          </div>
        </fieldset>
        {choice === OTHER && (
          <Field
            id="former-job-code"
            label={t('coach.formerJob.code')}
            hint={t('coach.formerJob.codeHint')}
            value={other}
            onChange={setOther}
            problem={tried ? problem : null}
            required
          />
        )}
        {tried && problem && choice !== OTHER && (
          <p id="former-job-problem" className="failure" role="alert">
            {problem}
          </p>
        )}
        {error && (
          <p role="alert" className="failure">
            {errorText(error)}
          </p>
        )}
        <p className="muted">{t('coach.formerJob.effects')}</p>
        <button type="submit" className="button primary" disabled={loading}>
          {t('coach.formerJob.confirm')}
        </button>
      </form>
    </Card>
  );
}
