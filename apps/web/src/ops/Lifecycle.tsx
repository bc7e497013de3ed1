import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import type { CandidateStatus, StatusChangeReason } from './gql/graphql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Button, Field, Notice } from '../ui/ui';

const CHANGE = graphql(`
  mutation OpsChangeStatus($input: ChangeCandidateStatusInput!) {
    changeCandidateStatus(input: $input) {
      id
      to
    }
  }
`);

type Change = 'pause' | 'resume' | 'exit' | 'reinstate';

const PAUSE_REASONS: readonly StatusChangeReason[] = ['ILLNESS', 'TRAINING', 'PARENTAL_LEAVE', 'OTHER_LEAVE'];
const EXIT_REASONS: readonly StatusChangeReason[] = ['END_OF_PROGRAMME', 'WITHDRAWAL', 'RETIREMENT'];

/** What ops may ask for from where the person stands (placed comes from an outcome). */
function changesFrom(status: CandidateStatus): Change[] {
  switch (status) {
    case 'INVITED':
    case 'ACTIVE':
      return ['pause', 'exit'];
    case 'PAUSED':
      return ['resume', 'exit'];
    case 'PLACED':
      return ['reinstate', 'exit'];
    case 'EXITED':
      return ['reinstate'];
  }
}

const TARGET: Record<Change, CandidateStatus> = {
  pause: 'PAUSED',
  resume: 'ACTIVE',
  exit: 'EXITED',
  reinstate: 'ACTIVE',
};

export interface LifecycleView {
  id: string;
  status: CandidateStatus;
  statusHistory: {
    id: string;
    from: CandidateStatus;
    to: CandidateStatus;
    reason: StatusChangeReason;
    expectedReturnOn?: string | null;
    note?: string | null;
    changedBy: string;
    changedAt: string;
  }[];
}

/**
 * Where a person stands in their programme, how they got there, and the changes ops may make:
 * pause (why, until when), return, exit (why), reinstatement (saying why). Each form says what the
 * change will do before it is confirmed.
 */
export function LifecycleCard({ person, today, me }: { person: LifecycleView; today: string; me: string }) {
  const { t, dateTime, day } = useI18n();
  const [open, setOpen] = useState<Change | null>(null);
  const [saved, setSaved] = useState<CandidateStatus | null>(null);
  const statusWord = (status: CandidateStatus) => t(`ops.person.status.${status}` as MessageKey);
  const last = person.statusHistory.at(-1);
  return (
    <section className="card" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">{t('ops.lifecycle.title')}</h2>
      {saved && <Notice>{t('ops.lifecycle.saved', { status: statusWord(saved) })}</Notice>}
      <p>
        {t('ops.lifecycle.now', { status: statusWord(person.status) })}
        {person.status === 'PAUSED' && last?.expectedReturnOn && (
          <> {t('ops.lifecycle.pausedUntil', { date: day(last.expectedReturnOn) })}</>
        )}
      </p>
      {open === null ? (
        <div className="ops-actions">
          {changesFrom(person.status).map((change) => (
            <Button
              key={change}
              kind={change === 'exit' ? 'quiet' : 'primary'}
              onClick={() => {
                setSaved(null);
                setOpen(change);
              }}
            >
              {t(`ops.lifecycle.${change}`)}
            </Button>
          ))}
        </div>
      ) : (
        <StatusForm
          candidateId={person.id}
          change={open}
          today={today}
          done={(status) => {
            setOpen(null);
            setSaved(status);
          }}
          cancel={() => setOpen(null)}
        />
      )}
      <h3>{t('ops.lifecycle.history')}</h3>
      {person.statusHistory.length === 0 ? (
        <p className="muted">{t('ops.lifecycle.history.none')}</p>
      ) : (
        <ol className="ops-list">
          {[...person.statusHistory].reverse().map((entry) => (
            <li key={entry.id} className="ops-row">
              <span>
                {t('ops.lifecycle.history.entry', {
                  when: dateTime(entry.changedAt),
                  from: statusWord(entry.from),
                  to: statusWord(entry.to),
                  reason: t(`ops.lifecycle.reason.${entry.reason}`),
                })}
              </span>
              <span className="muted">
                {entry.changedBy === 'system'
                  ? t('ops.lifecycle.history.system')
                  : entry.changedBy === me
                    ? t('ops.lifecycle.history.byYou')
                    : t('ops.lifecycle.history.byTeam')}
              </span>
              {entry.note && <span>{entry.note}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function StatusForm({
  candidateId,
  change,
  today,
  done,
  cancel,
}: {
  candidateId: string;
  change: Change;
  today: string;
  done: (status: CandidateStatus) => void;
  cancel: () => void;
}) {
  const { t, errorText } = useI18n();
  const reasons = change === 'pause' ? PAUSE_REASONS : change === 'exit' ? EXIT_REASONS : [];
  const [reason, setReason] = useState<StatusChangeReason | ''>('');
  const [returnOn, setReturnOn] = useState('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [save, { loading, error }] = useMutation(CHANGE, { refetchQueries: ['OpsPerson'] });
  const problems = {
    reason: reasons.length > 0 && reason === '' ? t('ops.lifecycle.problem.reason') : null,
    date:
      change === 'pause' && !(/^\d{4}-\d{2}-\d{2}$/.test(returnOn) && returnOn > today)
        ? t('ops.lifecycle.problem.date')
        : null,
    why: change === 'reinstate' && !note.trim() ? t('ops.lifecycle.problem.why') : null,
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    const chosen: StatusChangeReason =
      change === 'resume'
        ? 'RETURNED'
        : change === 'reinstate'
          ? 'REINSTATED'
          : (reason as StatusChangeReason);
    await save({
      variables: {
        input: {
          candidateId,
          status: TARGET[change],
          reason: chosen,
          expectedReturnOn: change === 'pause' ? returnOn : null,
          note: note.trim() || null,
        },
      },
    })
      .then(() => done(TARGET[change]))
      .catch(() => undefined);
  };
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="ops-subform"
      aria-label={t(`ops.lifecycle.${change}`)}
    >
      <h3>{t(`ops.lifecycle.${change}`)}</h3>
      <p className="muted">{t(`ops.lifecycle.${change}.effects`)}</p>
      <div className="ops-grid">
        {reasons.length > 0 && (
          <div className="field">
            <label htmlFor="lifecycle-reason">{t('ops.lifecycle.reason')}</label>
            <select
              id="lifecycle-reason"
              value={reason}
              aria-invalid={tried && problems.reason ? true : undefined}
              aria-describedby={tried && problems.reason ? 'lifecycle-reason-problem' : undefined}
              onChange={(event) => setReason(event.target.value as StatusChangeReason | '')}
            >
              <option value="">{t('ops.lifecycle.choose')}</option>
              {reasons.map((value) => (
                <option key={value} value={value}>
                  {t(`ops.lifecycle.reason.${value}`)}
                </option>
              ))}
            </select>
            {tried && problems.reason && (
              <p id="lifecycle-reason-problem" className="failure" role="alert">
                {problems.reason}
              </p>
            )}
          </div>
        )}
        {change === 'pause' && (
          <Field
            id="lifecycle-return"
            type="date"
            label={t('ops.lifecycle.expectedReturn')}
            hint={t('ops.lifecycle.expectedReturn.hint')}
            value={returnOn}
            onChange={setReturnOn}
            problem={tried || returnOn ? problems.date : null}
            required
          />
        )}
        {change !== 'resume' && (
          <Field
            id="lifecycle-note"
            label={change === 'reinstate' ? t('ops.lifecycle.why') : t('ops.lifecycle.note')}
            value={note}
            onChange={setNote}
            problem={tried ? problems.why : null}
            required={change === 'reinstate'}
          />
        )}
      </div>
      {error && (
        <p role="alert" className="failure">
          {errorText(error)}
        </p>
      )}
      <div className="ops-actions">
        <button type="submit" className="button primary" disabled={loading}>
          {loading ? t('ops.lifecycle.saving') : t('ops.lifecycle.confirm')}
        </button>
        <Button kind="quiet" onClick={cancel}>
          {t('ops.lifecycle.cancel')}
        </Button>
      </div>
    </form>
  );
}
