import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import type { CoachSessionNotesQuery, SessionKind, SessionNoteType } from './gql/graphql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Button, Card, Failure, Field, Loading, Notice } from '../ui/ui';
import { PersonLink } from './people';

const SESSION_NOTES = graphql(`
  query CoachSessionNotes($id: ID!) {
    session(id: $id) {
      id
      kind
      startsAt
      status
      candidateIds
      confidentialNotes {
        candidateId
        current {
          version
          text
          writtenAt
        }
        versions {
          version
          writtenAt
          amendReason
        }
      }
      summaries {
        candidateId
        current {
          version
          text
          nextSteps
          writtenAt
        }
        versions {
          version
          writtenAt
          amendReason
        }
        amended
        acknowledged
        acknowledgedVersion
        acknowledgedAt
      }
    }
  }
`);

const TEMPLATE = graphql(`
  query CoachNoteTemplate($kind: SessionKind!, $type: SessionNoteType!, $language: String!) {
    sessionNoteTemplate(kind: $kind, type: $type, language: $language) {
      text
      nextSteps
    }
  }
`);

const WRITE_NOTE = graphql(`
  mutation CoachWriteNote($input: WriteConfidentialNoteInput!) {
    writeConfidentialNote(input: $input) {
      candidateId
    }
  }
`);
const AMEND_NOTE = graphql(`
  mutation CoachAmendNote($input: AmendConfidentialNoteInput!) {
    amendConfidentialNote(input: $input) {
      candidateId
    }
  }
`);
const WRITE_SUMMARY = graphql(`
  mutation CoachWriteSummary($input: WriteSessionSummaryInput!) {
    writeSessionSummary(input: $input) {
      candidateId
    }
  }
`);
const AMEND_SUMMARY = graphql(`
  mutation CoachAmendSummary($input: AmendSessionSummaryInput!) {
    amendSessionSummary(input: $input) {
      candidateId
    }
  }
`);

type Session = NonNullable<CoachSessionNotesQuery['session']>;
type Note = NonNullable<Session['confidentialNotes']>[number];
type Summary = NonNullable<Session['summaries']>[number];
const COMPLETE = graphql(`
  mutation CoachCompleteSession($sessionId: ID!) {
    completeSession(sessionId: $sessionId) {
      id
      status
    }
  }
`);
const NO_SHOW = graphql(`
  mutation CoachMarkNoShow($sessionId: ID!) {
    markNoShow(sessionId: $sessionId) {
      id
      status
    }
  }
`);

const REFRESH = ['CoachSessionNotes', 'CoachCalendar'];

export const sessionNotesPath = (sessionId: string) => `/sessions/${sessionId}`;

/**
 * After a session, for each person in it: the coach's confidential note (theirs alone) and the
 * summary with next steps the person reads and acknowledges; both start from the kind's headings
 * and are amended by new versions, with a reason.
 */
export function SessionNotes({ sessionId }: { sessionId: string }) {
  const { t, dateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(SESSION_NOTES, { variables: { id: sessionId } });
  if (loading && !data) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const session = data.session;
  if (!session) return <p>{t('coach.notes.notFound')}</p>;
  const held = session.status === 'COMPLETED' || session.status === 'NO_SHOW';
  return (
    <>
      <p>
        {t(`session.kind.${session.kind}` as MessageKey)} · {dateTime(session.startsAt)}
      </p>
      {session.status === 'CANCELLED' ? (
        <p>{t('coach.notes.cancelled')}</p>
      ) : !held ? (
        <Attendance sessionId={session.id} />
      ) : (
        session.candidateIds.map((candidateId) => (
          <section key={candidateId} aria-labelledby={`notes-${candidateId}`}>
            <h2 id={`notes-${candidateId}`}>
              <PersonLink candidateId={candidateId} />
            </h2>
            <NoteCard
              sessionId={session.id}
              candidateId={candidateId}
              kind={session.kind}
              note={session.confidentialNotes?.find((n) => n.candidateId === candidateId) ?? null}
            />
            {session.status === 'NO_SHOW' ? (
              <Card title={t('coach.notes.summary.title')}>
                <p>{t('coach.notes.summary.noShow')}</p>
              </Card>
            ) : (
              <SummaryCard
                sessionId={session.id}
                candidateId={candidateId}
                kind={session.kind}
                summary={session.summaries?.find((s) => s.candidateId === candidateId) ?? null}
              />
            )}
          </section>
        ))
      )}
    </>
  );
}

/** A session not recorded yet: the coach says it took place, or that nobody came. */
function Attendance({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const [complete, completed] = useMutation(COMPLETE, { refetchQueries: REFRESH });
  const [noShow, missed] = useMutation(NO_SHOW, { refetchQueries: REFRESH });
  const busy = completed.loading || missed.loading;
  return (
    <Card title={t('coach.notes.attendance.title')}>
      <p>{t('coach.notes.notHeld')}</p>
      <Button
        disabled={busy}
        onClick={() => void complete({ variables: { sessionId } }).catch(() => undefined)}
      >
        {t('coach.notes.attendance.held')}
      </Button>{' '}
      <Button
        kind="quiet"
        disabled={busy}
        onClick={() => void noShow({ variables: { sessionId } }).catch(() => undefined)}
      >
        {t('coach.notes.attendance.noShow')}
      </Button>
      {(completed.error ?? missed.error) && <ErrorText failure={completed.error ?? missed.error} />}
    </Card>
  );
}

/** The kind's headings, in the screen's language, to start a text from. */
function useTemplate(kind: SessionKind, type: SessionNoteType) {
  const { language } = useI18n();
  const client = useApolloClient();
  return async () =>
    (await client.query({ query: TEMPLATE, variables: { kind, type, language } })).data
      ?.sessionNoteTemplate ?? null;
}

function History({ versions }: { versions: Note['versions'] }) {
  const { t, dateTime } = useI18n();
  if (versions.length < 2) return null;
  return (
    <details>
      <summary>{t('coach.notes.history', { count: versions.length })}</summary>
      <ul className="plain">
        {versions.map((version) => (
          <li key={version.version}>
            {t('coach.notes.version', { version: version.version, when: dateTime(version.writtenAt) })}
            {version.amendReason ? ` : ${version.amendReason}` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

function NoteCard({
  sessionId,
  candidateId,
  kind,
  note,
}: {
  sessionId: string;
  candidateId: string;
  kind: SessionKind;
  note: Note | null;
}) {
  const { t, dateTime } = useI18n();
  const template = useTemplate(kind, 'CONFIDENTIAL');
  const [draft, setDraft] = useState<{ text: string; reason: string } | null>(null);
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [write, written] = useMutation(WRITE_NOTE, { refetchQueries: REFRESH });
  const [amend, amended] = useMutation(AMEND_NOTE, { refetchQueries: REFRESH });
  const failure = written.error ?? amended.error;
  const open = async () => {
    setDone(null);
    setTried(false);
    setDraft({ text: note ? note.current.text : ((await template())?.text ?? ''), reason: '' });
  };
  const problems = {
    text: draft && !draft.text.trim() ? t('coach.notes.problem.text') : null,
    reason: draft && note && draft.reason.trim().length < 3 ? t('coach.notes.problem.reason') : null,
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!draft || problems.text || problems.reason) return;
    const saved = note
      ? amend({ variables: { input: { sessionId, candidateId, text: draft.text, reason: draft.reason } } })
      : write({ variables: { input: { sessionId, candidateId, text: draft.text } } });
    await saved
      .then(() => {
        setDraft(null);
        setDone(t('coach.notes.saved'));
      })
      .catch(() => undefined);
  };
  return (
    <Card title={t('coach.notes.note.title')}>
      <p className="muted">{t('coach.notes.note.who')}</p>
      {done && <Notice>{done}</Notice>}
      {note && !draft && (
        <>
          <p className="muted">
            {t('coach.notes.current', {
              version: note.current.version,
              when: dateTime(note.current.writtenAt),
            })}
          </p>
          <p className="coach-notes">{note.current.text}</p>
          <History versions={note.versions} />
        </>
      )}
      {!draft ? (
        <Button kind={note ? 'quiet' : 'primary'} onClick={() => void open()}>
          {note ? t('coach.notes.amend') : t('coach.notes.note.write')}
        </Button>
      ) : (
        <form onSubmit={(event) => void save(event)} noValidate aria-label={t('coach.notes.note.title')}>
          <TextArea
            id={`note-${candidateId}`}
            label={t('coach.notes.note.text')}
            value={draft.text}
            onChange={(text) => setDraft({ ...draft, text })}
            problem={tried ? problems.text : null}
            rows={10}
          />
          {note && (
            <Field
              id={`note-reason-${candidateId}`}
              label={t('coach.notes.reason')}
              hint={t('coach.notes.reasonHint')}
              value={draft.reason}
              onChange={(reason) => setDraft({ ...draft, reason })}
              problem={tried ? problems.reason : null}
              required
            />
          )}
          {failure && <ErrorText failure={failure} />}
          <button type="submit" className="button primary" disabled={written.loading || amended.loading}>
            {t('coach.notes.save')}
          </button>{' '}
          <Button kind="quiet" onClick={() => setDraft(null)}>
            {t('coach.common.cancel')}
          </Button>
        </form>
      )}
    </Card>
  );
}

function SummaryCard({
  sessionId,
  candidateId,
  kind,
  summary,
}: {
  sessionId: string;
  candidateId: string;
  kind: SessionKind;
  summary: Summary | null;
}) {
  const { t, dateTime } = useI18n();
  const template = useTemplate(kind, 'SUMMARY');
  const [draft, setDraft] = useState<{ text: string; nextSteps: string; reason: string } | null>(null);
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [write, written] = useMutation(WRITE_SUMMARY, { refetchQueries: REFRESH });
  const [amend, amended] = useMutation(AMEND_SUMMARY, { refetchQueries: REFRESH });
  const failure = written.error ?? amended.error;
  const open = async () => {
    setDone(null);
    setTried(false);
    if (summary)
      setDraft({ text: summary.current.text, nextSteps: summary.current.nextSteps ?? '', reason: '' });
    else {
      const start = await template();
      setDraft({ text: start?.text ?? '', nextSteps: start?.nextSteps ?? '', reason: '' });
    }
  };
  const problems = {
    text: draft && !draft.text.trim() ? t('coach.notes.problem.text') : null,
    nextSteps: draft && !draft.nextSteps.trim() ? t('coach.notes.problem.nextSteps') : null,
    reason: draft && summary && draft.reason.trim().length < 3 ? t('coach.notes.problem.reason') : null,
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!draft || problems.text || problems.nextSteps || problems.reason) return;
    const { text, nextSteps, reason } = draft;
    const saved = summary
      ? amend({ variables: { input: { sessionId, candidateId, text, nextSteps, reason } } })
      : write({ variables: { input: { sessionId, candidateId, text, nextSteps } } });
    await saved
      .then(() => {
        setDraft(null);
        setDone(t('coach.notes.summary.saved'));
      })
      .catch(() => undefined);
  };
  const acknowledgement = !summary
    ? null
    : summary.acknowledged && summary.acknowledgedAt
      ? t('coach.notes.summary.acknowledged', { when: dateTime(summary.acknowledgedAt) })
      : summary.acknowledgedVersion
        ? t('coach.notes.summary.amendedSince', { version: summary.acknowledgedVersion })
        : t('coach.notes.summary.notYet');
  return (
    <Card title={t('coach.notes.summary.title')}>
      <p className="muted">{t('coach.notes.summary.who')}</p>
      {done && <Notice>{done}</Notice>}
      {summary && !draft && (
        <>
          <p className="muted">
            {t('coach.notes.current', {
              version: summary.current.version,
              when: dateTime(summary.current.writtenAt),
            })}
          </p>
          <p className="coach-notes">{summary.current.text}</p>
          <h3>{t('coach.notes.summary.nextSteps')}</h3>
          <p className="coach-notes">{summary.current.nextSteps}</p>
          <p>
            <strong>{acknowledgement}</strong>
          </p>
          <History versions={summary.versions} />
        </>
      )}
      {!draft ? (
        <Button kind={summary ? 'quiet' : 'primary'} onClick={() => void open()}>
          {summary ? t('coach.notes.amend') : t('coach.notes.summary.write')}
        </Button>
      ) : (
        <form onSubmit={(event) => void save(event)} noValidate aria-label={t('coach.notes.summary.title')}>
          <TextArea
            id={`summary-${candidateId}`}
            label={t('coach.notes.summary.text')}
            value={draft.text}
            onChange={(text) => setDraft({ ...draft, text })}
            problem={tried ? problems.text : null}
            rows={8}
          />
          <TextArea
            id={`next-steps-${candidateId}`}
            label={t('coach.notes.summary.nextSteps')}
            value={draft.nextSteps}
            onChange={(nextSteps) => setDraft({ ...draft, nextSteps })}
            problem={tried ? problems.nextSteps : null}
            rows={5}
          />
          {summary && (
            <Field
              id={`summary-reason-${candidateId}`}
              label={t('coach.notes.reason')}
              hint={t('coach.notes.summary.reasonHint')}
              value={draft.reason}
              onChange={(reason) => setDraft({ ...draft, reason })}
              problem={tried ? problems.reason : null}
              required
            />
          )}
          {failure && <ErrorText failure={failure} />}
          <button type="submit" className="button primary" disabled={written.loading || amended.loading}>
            {t('coach.notes.summary.send')}
          </button>{' '}
          <Button kind="quiet" onClick={() => setDraft(null)}>
            {t('coach.common.cancel')}
          </Button>
        </form>
      )}
    </Card>
  );
}

function ErrorText({ failure }: { failure: unknown }) {
  const { errorText } = useI18n();
  return (
    <p role="alert" className="failure">
      {errorText(failure)}
    </p>
  );
}

/** A labelled multi-line field, its problem tied to it for screen readers (as `Field`). */
function TextArea({
  id,
  label,
  value,
  onChange,
  problem,
  rows,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: string | null;
  rows: number;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        required
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="failure" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
