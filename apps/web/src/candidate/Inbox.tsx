import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import { Button, Card, Failure, Loading } from '../ui/ui';
import { Preferences } from './Preferences';

const CANDIDATE_INBOX = graphql(`
  query CandidateInbox {
    unreadNotificationCount
    notifications(first: 30) {
      nodes {
        id
        kind
        title
        body
        createdAt
        readAt
      }
    }
  }
`);

const MARK_READ = graphql(`
  mutation CandidateMarkRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** The person's messages, newest first; unread ones stand out and can be marked read, one or all. */
export function Inbox() {
  const { t, dateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(CANDIDATE_INBOX, { fetchPolicy: 'cache-and-network' });
  const [markRead, marking] = useMutation(MARK_READ, { refetchQueries: ['CandidateInbox'] });
  if (loading && !data) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const nodes = data.notifications.nodes;
  const unread = data.unreadNotificationCount;
  return (
    <>
      <p role="status">
        {unread ? t('candidate.inbox.unread', { count: unread }) : t('candidate.inbox.allRead')}
      </p>
      {unread > 0 && (
        <Button
          kind="quiet"
          onClick={() => void markRead({ variables: { ids: null } })}
          disabled={marking.loading}
        >
          {t('candidate.inbox.markAll')}
        </Button>
      )}
      {nodes.length ? (
        <ul className="plain">
          {nodes.map((note) => (
            <li key={note.id}>
              <Card title={note.title}>
                {!note.readAt && <p className="badge">{t('candidate.inbox.new')}</p>}
                <p>{note.body}</p>
                <p className="muted">{dateTime(note.createdAt)}</p>
                {!note.readAt && (
                  <Button
                    kind="quiet"
                    onClick={() => void markRead({ variables: { ids: [note.id] } })}
                    disabled={marking.loading}
                  >
                    {t('candidate.inbox.markOne')}
                  </Button>
                )}
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <Card title={t('candidate.inbox.title')}>
          <p>{t('candidate.inbox.none')}</p>
        </Card>
      )}
      <Preferences />
    </>
  );
}
