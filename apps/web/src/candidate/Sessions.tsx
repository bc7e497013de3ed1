import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import type { CancelReason, CandidateSessionsQuery, SessionKind, SessionMode } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Button, Card, Failure, Loading, Notice } from '../ui/ui';
import { CoachChangeOffer } from './CoachChangeOffer';
import { SlotPicker } from './SlotPicker';
import { WrittenSummary } from './WrittenSummary';

const CANDIDATE_SESSIONS = graphql(`
  query CandidateSessions($id: ID!) {
    candidate(id: $id) {
      id
      coach {
        id
        displayName
      }
      sessions {
        id
        kind
        mode
        startsAt
        endsAt
        status
        videoLink
        cancelReason
        room {
          id
          name
        }
        coach {
          id
          displayName
        }
        coachChangeProposal {
          status
          coach {
            displayName
          }
        }
        summaries {
          candidateId
          current {
            version
            text
            nextSteps
          }
          versions {
            version
            writtenAt
            amendReason
          }
          amended
          acknowledged
          acknowledgedAt
        }
      }
    }
  }
`);

const BOOK = graphql(`
  mutation CandidateBookSession($input: BookSessionInput!) {
    bookSession(input: $input) {
      id
      startsAt
      status
    }
  }
`);

const RESCHEDULE = graphql(`
  mutation CandidateRescheduleSession($input: RescheduleSessionInput!) {
    rescheduleSession(input: $input) {
      id
      startsAt
      endsAt
      status
    }
  }
`);

const CANCEL = graphql(`
  mutation CandidateCancelSession($input: CancelSessionInput!) {
    cancelSession(input: $input) {
      id
      status
      cancelReason
    }
  }
`);

type Session = NonNullable<CandidateSessionsQuery['candidate']>['sessions'][number];

const MODES: SessionMode[] = ['VIDEO', 'PHONE'];
const REASONS: CancelReason[] = [
  'CANDIDATE_UNAVAILABLE',
  'ILLNESS',
  'EMERGENCY',
  'BOOKED_BY_MISTAKE',
  'OTHER',
];
const REFRESH = ['CandidateSessions', 'CandidateHome'];

/** The person's appointments: the coming ones (each can be moved or cancelled), booking a new one, the past ones. */
export function Sessions({ candidateId, now }: { candidateId: string; now: Date }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(CANDIDATE_SESSIONS, { variables: { id: candidateId } });
  const [done, setDone] = useState<string | null>(null);
  if (loading && !data) return <Loading />;
  if (error || !data?.candidate) return <Failure retry={() => void refetch()} />;
  const { sessions, coach } = data.candidate;
  const coming = sessions
    .filter((session) => session.status === 'BOOKED' && new Date(session.endsAt) > now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = sessions
    .filter((session) => !coming.includes(session))
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const welcomeDone = sessions.some(
    (session) =>
      session.kind === 'WELCOME' && (session.status === 'BOOKED' || session.status === 'COMPLETED'),
  );
  return (
    <>
      {done && <Notice>{done}</Notice>}
      <Card title={t('candidate.sessions.coming')}>
        {coming.length ? (
          <ul className="plain">
            {coming.map((session) => (
              <SessionItem
                key={session.id}
                session={session}
                now={now}
                onStart={() => setDone(null)}
                onDone={setDone}
              />
            ))}
          </ul>
        ) : (
          <p>{t('candidate.sessions.noneComing')}</p>
        )}
      </Card>
      <Card title={t(welcomeDone ? 'candidate.sessions.book.followUp' : 'candidate.sessions.book.welcome')}>
        {coach ? (
          <Booking
            candidateId={candidateId}
            coachId={coach.id}
            coachName={coach.displayName}
            kind={welcomeDone ? 'FOLLOW_UP' : 'WELCOME'}
            now={now}
            onDone={setDone}
          />
        ) : (
          <p>{t('candidate.sessions.noCoach')}</p>
        )}
      </Card>
      {past.length > 0 && (
        <Card title={t('candidate.sessions.past')}>
          <ul className="plain">
            {past.map((session) => (
              <li key={session.id} className="item">
                <SessionSummary session={session} />
                {session.summaries?.map((summary) => (
                  <WrittenSummary key={summary.candidateId} sessionId={session.id} summary={summary} />
                ))}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}

function SessionSummary({ session }: { session: Session }) {
  const { t, dateTime } = useI18n();
  return (
    <>
      <p className="item-title">{t(`session.kind.${session.kind}` as MessageKey)}</p>
      <p>
        {dateTime(session.startsAt)} · {t(`candidate.mode.${session.mode}` as MessageKey)}
        {session.room ? ` · ${session.room.name}` : ''}
      </p>
      <p className="muted">
        {t('candidate.sessions.with', { coach: session.coach.displayName })}
        {session.status !== 'BOOKED' &&
          ` · ${t(`candidate.sessions.status.${session.status}` as MessageKey)}`}
      </p>
    </>
  );
}

function SessionItem({
  session,
  now,
  onStart,
  onDone,
}: {
  session: Session;
  now: Date;
  onStart: () => void;
  onDone: (message: string) => void;
}) {
  const { t, dateTime, errorText } = useI18n();
  const [open, setOpen] = useState<'move' | 'cancel' | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [reason, setReason] = useState<CancelReason | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reschedule, moving] = useMutation(RESCHEDULE);
  const [cancel, cancelling] = useMutation(CANCEL);
  const move = async () => {
    if (!picked) return;
    setProblem(null);
    try {
      await reschedule({
        variables: { input: { sessionId: session.id, startsAt: picked } },
        refetchQueries: REFRESH,
      });
      setOpen(null);
      onDone(t('candidate.sessions.moved', { when: dateTime(picked) }));
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  const confirmCancel = async () => {
    if (!reason) return;
    setProblem(null);
    try {
      await cancel({ variables: { input: { sessionId: session.id, reason } }, refetchQueries: REFRESH });
      onDone(t('candidate.sessions.cancelled', { when: dateTime(session.startsAt) }));
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  const toggle = (next: 'move' | 'cancel') => {
    setProblem(null);
    onStart();
    setOpen(open === next ? null : next);
  };
  return (
    <li className="item">
      <SessionSummary session={session} />
      {session.coachChangeProposal?.status === 'PENDING' && (
        <CoachChangeOffer
          session={session}
          coach={session.coachChangeProposal.coach.displayName}
          onDone={onDone}
        />
      )}
      {session.videoLink && (
        <p>
          <a href={session.videoLink} rel="noreferrer" target="_blank">
            {t('candidate.sessions.join')}
          </a>
        </p>
      )}
      <div className="actions">
        <Button kind="quiet" onClick={() => toggle('move')}>
          {t('candidate.sessions.move')}
        </Button>
        <Button kind="quiet" onClick={() => toggle('cancel')}>
          {t('candidate.sessions.cancel')}
        </Button>
      </div>
      {open === 'move' && (
        <div className="panel">
          <SlotPicker
            id={`move-${session.id}`}
            coachId={session.coach.id}
            kind={session.kind}
            mode={session.mode}
            now={now}
            picked={picked}
            onPick={setPicked}
          />
          <Button onClick={() => void move()} disabled={!picked || moving.loading}>
            {t('candidate.sessions.moveConfirm')}
          </Button>
        </div>
      )}
      {open === 'cancel' && (
        <div className="panel">
          <fieldset className="choice">
            <legend>{t('candidate.sessions.cancelWhy')}</legend>
            <div className="options">
              {REASONS.map((value) => (
                <label key={value} className="option">
                  <input
                    type="radio"
                    name={`reason-${session.id}`}
                    checked={reason === value}
                    onChange={() => setReason(value)}
                  />
                  {t(`candidate.cancel.${value}` as MessageKey)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="actions">
            <Button onClick={() => void confirmCancel()} disabled={!reason || cancelling.loading}>
              {t('candidate.sessions.cancelConfirm')}
            </Button>
            <Button kind="quiet" onClick={() => setOpen(null)}>
              {t('candidate.sessions.keep')}
            </Button>
          </div>
        </div>
      )}
      {problem && (
        <p role="alert" className="failure">
          {problem}
        </p>
      )}
    </li>
  );
}

function Booking({
  candidateId,
  coachId,
  coachName,
  kind,
  now,
  onDone,
}: {
  candidateId: string;
  coachId: string;
  coachName: string;
  kind: SessionKind;
  now: Date;
  onDone: (message: string | null) => void;
}) {
  const { t, dateTime, errorText } = useI18n();
  const [mode, setMode] = useState<SessionMode>('VIDEO');
  const [picked, setPicked] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [book, booking] = useMutation(BOOK);
  const client = useApolloClient();
  const confirm = async () => {
    if (!picked) return;
    setProblem(null);
    onDone(null);
    try {
      await book({
        variables: { input: { candidateIds: [candidateId], coachId, kind, mode, startsAt: picked } },
        refetchQueries: REFRESH,
      });
      onDone(
        t('candidate.sessions.booked', {
          kind: t(`session.kind.${kind}` as MessageKey),
          when: dateTime(picked),
        }),
      );
      setPicked(null);
    } catch (failure) {
      setProblem(errorText(failure));
      // The slot may have gone meanwhile (perhaps to this very person, booked by their coach):
      // offer the slots as they are now, and the appointments too.
      setPicked(null);
      setAttempt((count) => count + 1);
      void client.refetchQueries({ include: REFRESH });
    }
  };
  return (
    <>
      <p>{t('candidate.sessions.bookIntro', { coach: coachName })}</p>
      <fieldset className="choice">
        <legend>{t('candidate.sessions.mode')}</legend>
        <div className="options">
          {MODES.map((value) => (
            <label key={value} className="option">
              <input
                type="radio"
                name="booking-mode"
                checked={mode === value}
                onChange={() => {
                  setMode(value);
                  setPicked(null);
                }}
              />
              {t(`candidate.mode.${value}` as MessageKey)}
            </label>
          ))}
        </div>
      </fieldset>
      <SlotPicker
        key={`${mode}-${attempt}`}
        id="booking"
        coachId={coachId}
        kind={kind}
        mode={mode}
        now={now}
        picked={picked}
        onPick={setPicked}
      />
      {problem && (
        <p role="alert" className="failure">
          {problem}
        </p>
      )}
      <Button onClick={() => void confirm()} disabled={!picked || booking.loading}>
        {picked
          ? t('candidate.sessions.bookAt', { when: dateTime(picked) })
          : t('candidate.sessions.pickFirst')}
      </Button>
    </>
  );
}
