import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/ui';

const ANSWER = graphql(`
  mutation CandidateAnswerCoachChange($sessionId: ID!, $accept: Boolean!) {
    answerCoachChange(sessionId: $sessionId, accept: $accept) {
      sessionId
      status
    }
  }
`);

/**
 * The office offers another coach for an appointment, at the same time, because its coach is
 * leaving: the person says yes (the appointment then changes coach) or no (the office comes back).
 */
export function CoachChangeOffer({
  session,
  coach,
  onDone,
}: {
  session: { id: string; startsAt: string; coach: { displayName: string } };
  coach: string;
  onDone: (message: string) => void;
}) {
  const { t, dateTime, errorText } = useI18n();
  const [answer, { loading }] = useMutation(ANSWER, {
    refetchQueries: ['CandidateSessions', 'CandidateHome'],
  });
  const [problem, setProblem] = useState<string | null>(null);
  const reply = async (accept: boolean) => {
    setProblem(null);
    try {
      await answer({ variables: { sessionId: session.id, accept } });
      onDone(
        accept
          ? t('candidate.sessions.change.accepted', { when: dateTime(session.startsAt), coach })
          : t('candidate.sessions.change.declined'),
      );
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  return (
    <div className="panel" role="group" aria-labelledby={`change-${session.id}`}>
      <p className="item-title" id={`change-${session.id}`}>
        {t('candidate.sessions.change.title')}
      </p>
      <p>{t('candidate.sessions.change.why', { previous: session.coach.displayName, coach })}</p>
      <div className="actions">
        <Button disabled={loading} onClick={() => void reply(true)}>
          {t('candidate.sessions.change.accept', { coach })}
        </Button>
        <Button kind="quiet" disabled={loading} onClick={() => void reply(false)}>
          {t('candidate.sessions.change.decline')}
        </Button>
      </div>
      {problem && (
        <p role="alert" className="failure">
          {problem}
        </p>
      )}
    </div>
  );
}
