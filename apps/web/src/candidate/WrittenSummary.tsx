import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import type { CandidateSessionsQuery } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Button, Notice } from '../ui/ui';

const ACKNOWLEDGE = graphql(`
  mutation CandidateAcknowledgeSummary($sessionId: ID!, $version: Int!) {
    acknowledgeSessionSummary(sessionId: $sessionId, version: $version) {
      candidateId
      acknowledged
      acknowledgedVersion
      acknowledgedAt
    }
  }
`);

type Summary = NonNullable<
  NonNullable<CandidateSessionsQuery['candidate']>['sessions'][number]['summaries']
>[number];

/**
 * What the coach wrote after a session, and the next steps: the person reads it and says so. An
 * amended summary says that it changed, when and why, and asks to be read again.
 */
export function WrittenSummary({ sessionId, summary }: { sessionId: string; summary: Summary }) {
  const { t, dateTime, errorText } = useI18n();
  const client = useApolloClient();
  const [done, setDone] = useState(false);
  const [acknowledge, { loading, error }] = useMutation(ACKNOWLEDGE, {
    refetchQueries: ['CandidateSessions'],
  });
  const last = summary.versions.at(-1);
  return (
    <div className="written-summary">
      {done && <Notice>{t('candidate.summary.thanks')}</Notice>}
      <details open={!summary.acknowledged}>
        <summary>
          {summary.acknowledged ? t('candidate.summary.read') : t('candidate.summary.toRead')}
        </summary>
        {summary.amended && last && (
          <p className="muted">
            {t('candidate.summary.amended', { when: dateTime(last.writtenAt) })}
            {last.amendReason ? ` ${t('candidate.summary.why', { why: last.amendReason })}` : ''}
          </p>
        )}
        <h3>{t('candidate.summary.what')}</h3>
        <p className="candidate-text">{summary.current.text}</p>
        <h3>{t('candidate.summary.nextSteps')}</h3>
        <p className="candidate-text">{summary.current.nextSteps}</p>
        {summary.acknowledged && summary.acknowledgedAt ? (
          <p className="muted">
            {t('candidate.summary.acknowledgedOn', { when: dateTime(summary.acknowledgedAt) })}
          </p>
        ) : (
          <Button
            disabled={loading}
            onClick={() =>
              void acknowledge({ variables: { sessionId, version: summary.current.version } })
                .then(() => setDone(true))
                // Amended meanwhile (SUMMARY_AMENDED): the current version is shown to read again.
                .catch(() => void client.refetchQueries({ include: ['CandidateSessions'] }))
            }
          >
            {t('candidate.summary.acknowledge')}
          </Button>
        )}
        {error && (
          <p role="alert" className="failure">
            {errorText(error)}
          </p>
        )}
      </details>
    </div>
  );
}
