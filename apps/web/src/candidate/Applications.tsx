import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import type { ApplicationChannel, ApplicationStatus } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Button, Card, Failure, Field, Loading, Notice } from '../ui/ui';
import { parisFormats } from './paris';

const APPLICATIONS_SCREEN = graphql(`
  query CandidateApplications($id: ID!, $statuses: [ApplicationStatus!]) {
    candidate(id: $id) {
      id
      jobApplicationCounts {
        sent
        interviews
        offers
      }
    }
    jobApplications(candidateId: $id, statuses: $statuses) {
      id
      company
      jobTitle
      channel
      sentOn
      status
      statusChangedOn
      notes
      followUpDays
      followUpDueOn
      history {
        status
        changedOn
      }
    }
  }
`);

const RECORD_APPLICATION = graphql(`
  mutation CandidateRecordApplication($input: RecordJobApplicationInput!) {
    recordJobApplication(input: $input) {
      id
    }
  }
`);

const CHANGE_STATUS = graphql(`
  mutation CandidateChangeApplicationStatus($input: ChangeJobApplicationStatusInput!) {
    changeJobApplicationStatus(input: $input) {
      id
      status
      statusChangedOn
      followUpDueOn
      history {
        status
        changedOn
      }
    }
  }
`);

const EDIT_APPLICATION = graphql(`
  mutation CandidateEditApplication($input: EditJobApplicationInput!) {
    editJobApplication(input: $input) {
      id
      notes
      followUpDays
      followUpDueOn
    }
  }
`);

export const APPLICATION_STATUSES: ApplicationStatus[] = [
  'SENT',
  'INTERVIEW',
  'OFFER',
  'REFUSED',
  'NO_ANSWER',
  'ACCEPTED',
  'WITHDRAWN',
];

const CHANNELS: ApplicationChannel[] = [
  'JOB_BOARD',
  'COMPANY_WEBSITE',
  'EMAIL',
  'IN_PERSON',
  'NETWORK',
  'RECRUITMENT_AGENCY',
  'FRANCE_TRAVAIL',
  'SPONTANEOUS',
  'OTHER',
];

/** What may follow each status: career's NEXT_STATUSES (docs/career.md), so the list offers only those. */
const NEXT: Record<ApplicationStatus, ApplicationStatus[]> = {
  SENT: ['INTERVIEW', 'OFFER', 'REFUSED', 'NO_ANSWER', 'WITHDRAWN'],
  NO_ANSWER: ['INTERVIEW', 'OFFER', 'REFUSED', 'WITHDRAWN'],
  INTERVIEW: ['INTERVIEW', 'OFFER', 'REFUSED', 'NO_ANSWER', 'WITHDRAWN'],
  OFFER: ['ACCEPTED', 'REFUSED', 'WITHDRAWN'],
  REFUSED: [],
  ACCEPTED: [],
  WITHDRAWN: [],
};

const DEFAULT_FOLLOW_UP = 10;

/** A step's words: REFUSED right after OFFER is the person turning the offer down. */
function statusLabel(history: { status: ApplicationStatus }[], index: number): MessageKey {
  const status = history[index]?.status ?? 'SENT';
  return (
    status === 'REFUSED' && history[index - 1]?.status === 'OFFER'
      ? 'candidate.application.status.DECLINED'
      : `candidate.application.status.${status}`
  ) as MessageKey;
}

/** yyyy-mm-dd plus a number of days (calendar arithmetic, at noon UTC so no zone moves the day). */
export function addDays(ymd: string, days: number): string {
  const date = new Date(`${ymd}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The applications the person sent: where each stands, a new one, a new status, and when to follow up. */
export function Applications({ candidateId, now }: { candidateId: string; now: Date }) {
  const { t, language } = useI18n();
  const today = parisFormats(language).dayKey(now.toISOString());
  const [filter, setFilter] = useState<ApplicationStatus | ''>('');
  const { data, loading, error, refetch } = useQuery(APPLICATIONS_SCREEN, {
    variables: { id: candidateId, statuses: filter ? [filter] : null },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  if (error || !data?.candidate) return <Failure retry={() => void refetch()} />;
  const counts = data.candidate.jobApplicationCounts;
  return (
    <>
      <p>{t('candidate.applications.intro')}</p>
      <section className="card" aria-labelledby="applications-counts">
        <h2 id="applications-counts">{t('candidate.applications.counts')}</h2>
        <ul className="figures">
          <li>
            <strong>{counts.sent}</strong> {t('candidate.applications.count.sent')}
          </li>
          <li>
            <strong>{counts.interviews}</strong> {t('candidate.applications.count.interviews')}
          </li>
          <li>
            <strong>{counts.offers}</strong> {t('candidate.applications.count.offers')}
          </li>
        </ul>
      </section>
      <RecordApplication candidateId={candidateId} today={today} onRecorded={() => void refetch()} />
      <h2 className="section-title">{t('candidate.applications.list')}</h2>
      <div className="field">
        <label htmlFor="applications-filter">{t('candidate.applications.filter')}</label>
        <select
          id="applications-filter"
          value={filter}
          onChange={(event) => setFilter(event.target.value as ApplicationStatus | '')}
        >
          <option value="">{t('candidate.applications.filter.all')}</option>
          {APPLICATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`candidate.application.status.${status}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      {data.jobApplications.length === 0 ? (
        <p>{t(filter ? 'candidate.applications.noneWithStatus' : 'candidate.applications.none')}</p>
      ) : (
        data.jobApplications.map((application) => (
          <ApplicationCard
            key={application.id}
            application={application}
            today={today}
            onChanged={() => void refetch()}
          />
        ))
      )}
    </>
  );
}

function RecordApplication({
  candidateId,
  today,
  onRecorded,
}: {
  candidateId: string;
  today: string;
  onRecorded: () => void;
}) {
  const { t, day, errorText } = useI18n();
  const [company, setCompany] = useState('');
  const [jobTitle, setJobTitle] = useState('');
  const [sentOn, setSentOn] = useState(today);
  const [channel, setChannel] = useState<ApplicationChannel>('JOB_BOARD');
  const [followUp, setFollowUp] = useState(String(DEFAULT_FOLLOW_UP));
  const [notes, setNotes] = useState('');
  const [touched, setTouched] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [record, recording] = useMutation(RECORD_APPLICATION);
  const days = Number(followUp);
  const problems = {
    company: !company.trim()
      ? t('candidate.applications.form.required')
      : company.trim().length > 200
        ? t('candidate.applications.form.tooLong')
        : null,
    jobTitle: !jobTitle.trim()
      ? t('candidate.applications.form.required')
      : jobTitle.trim().length > 200
        ? t('candidate.applications.form.tooLong')
        : null,
    sentOn: !/^\d{4}-\d{2}-\d{2}$/.test(sentOn)
      ? t('candidate.applications.form.dateNeeded')
      : sentOn > today
        ? t('candidate.applications.form.notFuture')
        : null,
    followUp:
      !Number.isInteger(days) || days < 1 || days > 60 || !followUp.trim()
        ? t('candidate.applications.form.followUpRange')
        : null,
    notes: notes.length > 4000 ? t('candidate.applications.form.notesTooLong') : null,
  };
  const shown = (field: keyof typeof problems) => (touched ? problems[field] : null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setProblem(null);
    setRecorded(null);
    if (Object.values(problems).some(Boolean)) return;
    try {
      await record({
        variables: {
          input: {
            candidateId,
            company: company.trim(),
            jobTitle: jobTitle.trim(),
            sentOn,
            channel,
            followUpDays: days,
            notes: notes.trim() || null,
          },
        },
      });
      setRecorded(t('candidate.applications.form.recorded', { company: company.trim() }));
      setCompany('');
      setJobTitle('');
      setNotes('');
      setTouched(false);
      onRecorded();
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  return (
    <Card title={t('candidate.applications.form.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field
          id="application-company"
          label={t('candidate.applications.form.company')}
          value={company}
          onChange={setCompany}
          required
          problem={shown('company')}
        />
        <Field
          id="application-title"
          label={t('candidate.applications.form.jobTitle')}
          value={jobTitle}
          onChange={setJobTitle}
          required
          problem={shown('jobTitle')}
        />
        <Field
          id="application-sent-on"
          label={t('candidate.applications.form.sentOn')}
          type="date"
          value={sentOn}
          onChange={setSentOn}
          required
          problem={shown('sentOn')}
        />
        <div className="field">
          <label htmlFor="application-channel">{t('candidate.applications.form.channel')}</label>
          <select
            id="application-channel"
            value={channel}
            onChange={(event) => setChannel(event.target.value as ApplicationChannel)}
          >
            {CHANNELS.map((option) => (
              <option key={option} value={option}>
                {t(`candidate.application.channel.${option}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <Field
          id="application-follow-up"
          label={t('candidate.applications.form.followUp')}
          type="number"
          value={followUp}
          onChange={setFollowUp}
          hint={
            problems.followUp || problems.sentOn
              ? t('candidate.applications.form.followUpHint')
              : t('candidate.applications.form.followUpMeans', {
                  days,
                  date: day(addDays(sentOn, days), { weekday: true }),
                })
          }
          problem={shown('followUp')}
        />
        <div className="field">
          <label htmlFor="application-notes">{t('candidate.applications.form.notes')}</label>
          <textarea
            id="application-notes"
            rows={3}
            value={notes}
            aria-invalid={shown('notes') ? true : undefined}
            aria-describedby={shown('notes') ? 'application-notes-problem' : undefined}
            onChange={(event) => setNotes(event.target.value)}
          />
          {shown('notes') && (
            <p id="application-notes-problem" className="failure" role="alert">
              {shown('notes')}
            </p>
          )}
        </div>
        <button type="submit" className="button primary" disabled={recording.loading}>
          {t('candidate.applications.form.submit')}
        </button>
        {recorded && <Notice>{recorded}</Notice>}
        {problem && (
          <p role="alert" className="failure">
            {problem}
          </p>
        )}
      </form>
    </Card>
  );
}

type ApplicationRow = {
  id: string;
  company: string;
  jobTitle: string;
  channel: ApplicationChannel;
  sentOn: string;
  status: ApplicationStatus;
  statusChangedOn: string;
  notes?: string | null;
  followUpDays: number;
  followUpDueOn?: string | null;
  history: { status: ApplicationStatus; changedOn: string }[];
};

function ApplicationCard({
  application,
  today,
  onChanged,
}: {
  application: ApplicationRow;
  today: string;
  onChanged: () => void;
}) {
  const { t, day, errorText } = useI18n();
  const next = NEXT[application.status];
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const [changedOn, setChangedOn] = useState(today);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [change, changing] = useMutation(CHANGE_STATUS);
  const title = t('candidate.applications.card', {
    jobTitle: application.jobTitle,
    company: application.company,
  });
  const dateProblem = !/^\d{4}-\d{2}-\d{2}$/.test(changedOn)
    ? t('candidate.applications.form.dateNeeded')
    : changedOn > today
      ? t('candidate.applications.form.notFuture')
      : changedOn < application.statusChangedOn
        ? t('candidate.applications.change.notBefore', { date: day(application.statusChangedOn) })
        : null;
  const submit = async () => {
    setProblem(null);
    setDone(false);
    if (!status) {
      setProblem(t('candidate.applications.change.choose'));
      return;
    }
    if (dateProblem) return;
    try {
      await change({ variables: { input: { applicationId: application.id, status, changedOn } } });
      setStatus('');
      setDone(true);
      onChanged();
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  const statusId = `status-${application.id}`;
  return (
    <Card title={title}>
      {application.status !== 'SENT' && (
        <p>
          <strong>{t(statusLabel(application.history, application.history.length - 1))}</strong>{' '}
          {t('candidate.applications.since', { date: day(application.statusChangedOn) })}
        </p>
      )}
      <p className="muted">
        {t('candidate.applications.sentVia', {
          date: day(application.sentOn),
          channel: t(`candidate.application.channel.${application.channel}` as MessageKey),
        })}
      </p>
      {application.followUpDueOn ? (
        <p>
          {t('candidate.applications.followUpDue', {
            days: application.followUpDays,
            date: day(application.followUpDueOn, { weekday: true }),
          })}
        </p>
      ) : null}
      {application.notes && <p className="panel">{application.notes}</p>}
      {application.history.length > 1 && (
        <details>
          <summary>{t('candidate.applications.history')}</summary>
          <ol className="steps">
            {application.history.map((step, index) => (
              <li key={index}>
                {t(statusLabel(application.history, index))}, {day(step.changedOn)}
              </li>
            ))}
          </ol>
        </details>
      )}
      {done && <Notice>{t('candidate.applications.change.done')}</Notice>}
      <EditApplication application={application} />
      {next.length > 0 ? (
        <details>
          <summary>{t('candidate.applications.change.open')}</summary>
          <div className="field">
            <label htmlFor={statusId}>{t('candidate.applications.change.status')}</label>
            <select
              id={statusId}
              value={status}
              onChange={(event) => setStatus(event.target.value as ApplicationStatus | '')}
            >
              <option value="">{t('candidate.applications.change.pick')}</option>
              {next.map((option) => (
                <option key={option} value={option}>
                  {t(
                    (application.status === 'OFFER' && option === 'REFUSED'
                      ? 'candidate.application.status.DECLINED'
                      : `candidate.application.status.${option}`) as MessageKey,
                  )}
                </option>
              ))}
            </select>
          </div>
          <Field
            id={`changed-on-${application.id}`}
            label={t('candidate.applications.change.on')}
            type="date"
            value={changedOn}
            onChange={setChangedOn}
            problem={dateProblem}
          />
          <Button onClick={() => void submit()} disabled={changing.loading}>
            {t('candidate.applications.change.submit')}
          </Button>
          {problem && (
            <p role="alert" className="failure">
              {problem}
            </p>
          )}
        </details>
      ) : (
        <p className="muted">{t('candidate.applications.closed')}</p>
      )}
    </Card>
  );
}

/** The notes and the follow-up delay, replaced as sent (a new delay moves the reminder). */
function EditApplication({ application }: { application: ApplicationRow }) {
  const { t, day, errorText } = useI18n();
  const [followUp, setFollowUp] = useState(String(application.followUpDays));
  const [notes, setNotes] = useState(application.notes ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [edit, editing] = useMutation(EDIT_APPLICATION);
  const days = Number(followUp);
  const followUpProblem =
    !followUp.trim() || !Number.isInteger(days) || days < 1 || days > 60
      ? t('candidate.applications.form.followUpRange')
      : null;
  const notesProblem = notes.length > 4000 ? t('candidate.applications.form.notesTooLong') : null;
  const submit = async () => {
    setProblem(null);
    setDone(false);
    if (followUpProblem || notesProblem) return;
    try {
      await edit({
        variables: {
          input: { applicationId: application.id, followUpDays: days, notes: notes.trim() || null },
        },
      });
      setDone(true);
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  const id = `edit-${application.id}`;
  return (
    <details>
      <summary>{t('candidate.applications.edit.open')}</summary>
      <Field
        id={`${id}-follow-up`}
        label={t('candidate.applications.form.followUp')}
        type="number"
        value={followUp}
        onChange={(value) => {
          setFollowUp(value);
          setDone(false);
        }}
        hint={
          application.status === 'SENT' && !followUpProblem
            ? t('candidate.applications.form.followUpMeans', {
                days,
                date: day(addDays(application.sentOn, days), { weekday: true }),
              })
            : t('candidate.applications.form.followUpHint')
        }
        problem={followUpProblem}
      />
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('candidate.applications.form.notes')}</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          value={notes}
          aria-invalid={notesProblem ? true : undefined}
          aria-describedby={notesProblem ? `${id}-notes-problem` : undefined}
          onChange={(event) => {
            setNotes(event.target.value);
            setDone(false);
          }}
        />
        {notesProblem && (
          <p id={`${id}-notes-problem`} className="failure" role="alert">
            {notesProblem}
          </p>
        )}
      </div>
      <Button kind="quiet" onClick={() => void submit()} disabled={editing.loading}>
        {t('candidate.applications.edit.submit')}
      </Button>
      {done && <Notice>{t('candidate.applications.edit.done')}</Notice>}
      {problem && (
        <p role="alert" className="failure">
          {problem}
        </p>
      )}
    </details>
  );
}
