import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import type { CandidateStatus, StatusChangeReason } from './gql/graphql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Button, Card, Field, Notice } from '../ui/ui';

const CHANGE = graphql(`
  mutation CoachChangeStatus($input: ChangeCandidateStatusInput!) {
    changeCandidateStatus(input: $input) {
      id
      to
    }
  }
`);

const PAUSE_REASONS: readonly StatusChangeReason[] = ['ILLNESS', 'TRAINING', 'PARENTAL_LEAVE', 'OTHER_LEAVE'];

/**
 * A coach pauses the person they follow (why, until when) or notes their return; exits and
 * reinstatements are ops' (the card says so). What a pause does is said before it is confirmed.
 */
export function PauseCard({
  candidateId,
  status,
  today,
}: {
  candidateId: string;
  status: CandidateStatus;
  today: string;
}) {
  const { t, errorText } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<StatusChangeReason | ''>('');
  const [returnOn, setReturnOn] = useState('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [save, { loading, error }] = useMutation(CHANGE, { refetchQueries: ['CoachPersonFile'] });
  const pausable = status === 'INVITED' || status === 'ACTIVE';
  const problems = {
    reason: reason === '' ? t('coach.pause.problem.reason') : null,
    date: !(/^\d{4}-\d{2}-\d{2}$/.test(returnOn) && returnOn > today) ? t('coach.pause.problem.date') : null,
  };
  const pause = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (reason === '' || problems.date) return;
    await save({
      variables: {
        input: {
          candidateId,
          status: 'PAUSED',
          reason,
          expectedReturnOn: returnOn,
          note: note.trim() || null,
        },
      },
    })
      .then(() => {
        setOpen(false);
        setDone(t('coach.pause.done'));
      })
      .catch(() => undefined);
  };
  const back = () =>
    void save({ variables: { input: { candidateId, status: 'ACTIVE', reason: 'RETURNED' } } })
      .then(() => setDone(t('coach.pause.backDone')))
      .catch(() => undefined);
  return (
    <Card title={t('coach.pause.title')}>
      {done && <Notice>{done}</Notice>}
      <p>{t('coach.pause.now', { status: t(`coach.status.${status}` as MessageKey) })}</p>
      {status === 'PAUSED' && (
        <Button onClick={back} disabled={loading}>
          {t('coach.pause.back')}
        </Button>
      )}
      {pausable && !open && (
        <Button kind="quiet" onClick={() => setOpen(true)}>
          {t('coach.pause.open')}
        </Button>
      )}
      {pausable && open && (
        <form onSubmit={(event) => void pause(event)} noValidate aria-label={t('coach.pause.open')}>
          <p className="muted">{t('coach.pause.effects')}</p>
          <div className="field">
            <label htmlFor="pause-reason">{t('coach.pause.reason')}</label>
            <select
              id="pause-reason"
              value={reason}
              aria-invalid={tried && problems.reason ? true : undefined}
              aria-describedby={tried && problems.reason ? 'pause-reason-problem' : undefined}
              onChange={(event) => setReason(event.target.value as StatusChangeReason | '')}
            >
              <option value="">{t('coach.pause.choose')}</option>
              {PAUSE_REASONS.map((value) => (
                <option key={value} value={value}>
                  {t(`coach.pause.reason.${value}` as MessageKey)}
                </option>
              ))}
            </select>
            {tried && problems.reason && (
              <p id="pause-reason-problem" className="failure" role="alert">
                {problems.reason}
              </p>
            )}
          </div>
          <Field
            id="pause-return"
            type="date"
            label={t('coach.pause.returnOn')}
            value={returnOn}
            onChange={setReturnOn}
            problem={tried || returnOn ? problems.date : null}
            required
          />
          <Field id="pause-note" label={t('coach.pause.note')} value={note} onChange={setNote} />
          <button type="submit" className="button primary" disabled={loading}>
            {t('coach.pause.confirm')}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="failure">
          {errorText(error)}
        </p>
      )}
      <p className="muted">{t('coach.pause.opsOnly')}</p>
    </Card>
  );
}
