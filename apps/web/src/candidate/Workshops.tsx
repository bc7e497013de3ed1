import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import type { OpenWorkshopsQuery } from './gql/graphql';
import { errorCode } from '../graphql/errors';
import { useI18n } from '../i18n/i18n';
import { Button, Card, Failure, Loading, Notice } from '../ui/ui';
import { parisFormats } from './paris';
import { candidateWorkshopsEn, candidateWorkshopsFr } from './workshop-messages';
import './workshops.css';

const OPEN_WORKSHOPS = graphql(`
  query OpenWorkshops($candidateId: ID!) {
    openWorkshops(candidateId: $candidateId) {
      seatsLeft
      joined
      waitingPosition
      session {
        id
        kind
        mode
        startsAt
        endsAt
        videoLink
        seatLimit
        workshop {
          title
          topic
          description
          language
          place
        }
        room {
          id
          name
        }
        coach {
          id
          displayName
        }
      }
    }
  }
`);

const JOIN = graphql(`
  mutation CandidateJoinWorkshop($sessionId: ID!, $candidateId: ID!) {
    signUpForWorkshop(sessionId: $sessionId, candidateId: $candidateId) {
      joined
      waitingPosition
      session {
        id
        seatsTaken
      }
    }
  }
`);

const LEAVE = graphql(`
  mutation CandidateLeaveWorkshop($sessionId: ID!, $candidateId: ID!) {
    leaveWorkshop(sessionId: $sessionId, candidateId: $candidateId) {
      id
      seatsTaken
    }
  }
`);

type Workshop = OpenWorkshopsQuery['openWorkshops'][number];
type WorkshopKey = keyof typeof candidateWorkshopsFr;

/** A joined or left workshop also changes the person's appointments and home page. */
const REFRESH = ['OpenWorkshops', 'CandidateSessions', 'CandidateHome'];

/**
 * This screen's words, straight from its own catalogue (so it reads the same whether or not the
 * catalogue is merged into the console's), and the server's refusals in words: this catalogue's
 * `error.<CODE>` first, then the console's (`errorText`).
 */
function useWorkshopWords() {
  const { language, errorText } = useI18n();
  const words = language === 'fr' ? candidateWorkshopsFr : candidateWorkshopsEn;
  const w = (key: WorkshopKey, values: Record<string, string | number> = {}) =>
    words[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  const refusal = (failure: unknown) => {
    const key = `error.${errorCode(failure) ?? ''}`;
    return key in words ? words[key as WorkshopKey] : errorText(failure);
  };
  return { w, refusal };
}

/**
 * The group workshops a person may join, soonest first: title, topic, language, when (Paris time,
 * in their language), where (a room, or remote), what it is about, the places left or their place
 * on the waiting list; join one (or its waiting list), leave one they joined after a confirmation,
 * or leave the waiting list. Phone first.
 * Route `/workshops` of the person's console; `candidateId` is the signed-in person's.
 */
export function Workshops({ candidateId }: { candidateId: string }) {
  const { w } = useWorkshopWords();
  const { data, loading, error, refetch } = useQuery(OPEN_WORKSHOPS, { variables: { candidateId } });
  const [done, setDone] = useState<string | null>(null);
  if (loading && !data) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const workshops = data.openWorkshops;
  return (
    <>
      {done && <Notice>{done}</Notice>}
      <Card title={w('candidate.workshops.coming')}>
        <p>{w('candidate.workshops.intro')}</p>
        {workshops.length ? (
          <ul className="plain">
            {workshops.map((workshop) => (
              <WorkshopItem
                key={workshop.session.id}
                workshop={workshop}
                candidateId={candidateId}
                onStart={() => setDone(null)}
                onDone={setDone}
              />
            ))}
          </ul>
        ) : (
          <p>{w('candidate.workshops.none')}</p>
        )}
      </Card>
    </>
  );
}

function WorkshopItem({
  workshop,
  candidateId,
  onStart,
  onDone,
}: {
  workshop: Workshop;
  candidateId: string;
  onStart: () => void;
  onDone: (message: string) => void;
}) {
  const { t, dateTime, language } = useI18n();
  const { w, refusal } = useWorkshopWords();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [join, joining] = useMutation(JOIN);
  const [leave, leaving] = useMutation(LEAVE);
  const { session, seatsLeft, joined, waitingPosition } = workshop;
  const waiting = waitingPosition !== null && waitingPosition !== undefined;
  const details = session.workshop;
  const when = dateTime(session.startsAt);
  const variables = { sessionId: session.id, candidateId };
  const headingId = `workshop-${session.id}`;

  const takeSeat = async () => {
    setProblem(null);
    onStart();
    try {
      const answer = await join({ variables, refetchQueries: REFRESH, awaitRefetchQueries: true });
      const position = answer.data?.signUpForWorkshop.waitingPosition;
      onDone(
        position
          ? w('candidate.workshops.waitingDone', { when, position })
          : w('candidate.workshops.joined', { when }),
      );
    } catch (failure) {
      setProblem(refusal(failure));
      // The last seat may have gone meanwhile: show the places as they are now.
      void joining.client.refetchQueries({ include: ['OpenWorkshops'] });
    }
  };
  const giveUpSeat = async () => {
    setProblem(null);
    try {
      await leave({ variables, refetchQueries: REFRESH, awaitRefetchQueries: true });
      setConfirming(false);
      onDone(w(waiting ? 'candidate.workshops.leftList' : 'candidate.workshops.left', { when }));
    } catch (failure) {
      setProblem(refusal(failure));
    }
  };

  return (
    <li className="item" aria-labelledby={headingId}>
      <h3 id={headingId} className="item-title workshop-title">
        {details?.title ?? t('session.kind.GROUP_WORKSHOP')}
      </h3>
      {(details?.topic || details?.language) && (
        <p className="muted">
          {[
            details.topic && w(`candidate.workshops.topic.${details.topic}`),
            details.language &&
              w('candidate.workshops.language', { language: languageName(details.language, language) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      <p>
        {w('candidate.workshops.when', {
          start: when,
          end: parisFormats(language).time(session.endsAt),
        })}
      </p>
      <p>{place(session, joined, w)}</p>
      {details?.description && <p className="workshop-description">{details.description}</p>}
      <p className="muted">{w('candidate.workshops.with', { coach: session.coach.displayName })}</p>
      <p>
        {joined ? (
          <strong>{w('candidate.workshops.joinedBadge')}</strong>
        ) : waiting ? (
          <strong>{w('candidate.workshops.waiting', { position: waitingPosition })}</strong>
        ) : seatsLeft > 0 ? (
          w('candidate.workshops.seatsLeft', { count: seatsLeft, total: session.seatLimit })
        ) : (
          <strong>{w('candidate.workshops.full')}</strong>
        )}
      </p>
      {joined && session.videoLink && (
        <p>
          <a href={session.videoLink} rel="noreferrer" target="_blank">
            {w('candidate.workshops.videoLink')}
          </a>
        </p>
      )}
      {!joined && !waiting && (
        <div className="actions">
          <Button onClick={() => void takeSeat()} disabled={joining.loading}>
            {joining.loading
              ? w('candidate.workshops.joining')
              : w(seatsLeft > 0 ? 'candidate.workshops.join' : 'candidate.workshops.joinList')}
          </Button>
        </div>
      )}
      {waiting && (
        <div className="actions">
          <Button kind="quiet" onClick={() => void giveUpSeat()} disabled={leaving.loading}>
            {leaving.loading ? w('candidate.workshops.leaving') : w('candidate.workshops.leaveList')}
          </Button>
        </div>
      )}
      {joined && !confirming && (
        <div className="actions">
          <Button
            kind="quiet"
            onClick={() => {
              setProblem(null);
              onStart();
              setConfirming(true);
            }}
          >
            {w('candidate.workshops.leave')}
          </Button>
        </div>
      )}
      {joined && confirming && (
        <div className="panel" role="group" aria-label={w('candidate.workshops.leave')}>
          <p>{w('candidate.workshops.leaveQuestion', { when })}</p>
          <div className="actions">
            <Button onClick={() => void giveUpSeat()} disabled={leaving.loading}>
              {leaving.loading ? w('candidate.workshops.leaving') : w('candidate.workshops.leaveConfirm')}
            </Button>
            <Button kind="quiet" onClick={() => setConfirming(false)} disabled={leaving.loading}>
              {w('candidate.workshops.stay')}
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

/** "français", "English": a language code in the reader's language. */
function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Where it happens: the office's room, remote (by video), or by phone. */
function place(
  session: Workshop['session'],
  joined: boolean,
  w: (key: WorkshopKey, values?: Record<string, string | number>) => string,
): string {
  switch (session.mode) {
    case 'IN_PERSON':
      return session.room
        ? w('candidate.workshops.room', { room: session.room.name })
        : w('candidate.workshops.inPerson');
    case 'VIDEO':
      return w(joined ? 'candidate.workshops.remoteJoined' : 'candidate.workshops.remote');
    case 'PHONE':
      return w('candidate.workshops.phone');
  }
}
