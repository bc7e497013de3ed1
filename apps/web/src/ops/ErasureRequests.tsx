import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import type { OpsErasureRequestsQuery } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { Button, Card, Failure, Loading, Notice } from '../ui/ui';

const ERASURE_REQUESTS = graphql(`
  query OpsErasureRequests {
    erasureRequests(first: 200) {
      candidateId
      requestedAt
      dueBy
      firstName
      lastName
      employeeNumber
      programmeName
    }
  }
`);

const ERASE = graphql(`
  mutation OpsEraseCandidate($id: ID!) {
    eraseCandidate(candidateId: $id) {
      candidateId
      erasedAt
    }
  }
`);

type Request = OpsErasureRequestsQuery['erasureRequests'][number];

/** On ops' first screen, only when people wait: how many asked to be erased, and the way to them. */
export function PendingErasures() {
  const { t } = useI18n();
  const { data } = useQuery(ERASURE_REQUESTS, { fetchPolicy: 'cache-and-network' });
  const count = data?.erasureRequests.length ?? 0;
  if (!count) return null;
  return (
    <Card title={t('ops.erasure.title')}>
      <p>{t('ops.erasure.waiting', { count })}</p>
      <Link to="/erasure-requests">{t('ops.erasure.open')}</Link>
    </Card>
  );
}

/** The requests to be erased of ops' offices, oldest first, each answered by erasing the person. */
export function ErasureRequests({ now }: { now: Date }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(ERASURE_REQUESTS, { fetchPolicy: 'cache-and-network' });
  const [erased, setErased] = useState<string | null>(null);
  if (loading && !data) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  return (
    <>
      <p>{t('ops.erasure.intro')}</p>
      {erased && <Notice>{t('ops.erasure.done', { name: erased })}</Notice>}
      {data.erasureRequests.length === 0 ? (
        <p className="muted">{t('ops.erasure.none')}</p>
      ) : (
        data.erasureRequests.map((request) => (
          <ErasureRequestCard
            key={request.candidateId}
            request={request}
            late={new Date(request.dueBy) < now}
            onErased={(name) => {
              setErased(name);
              void refetch();
            }}
          />
        ))
      )}
    </>
  );
}

function ErasureRequestCard({
  request,
  late,
  onErased,
}: {
  request: Request;
  late: boolean;
  onErased: (name: string) => void;
}) {
  const { t, dateTime, day, errorText } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [erase, erasing] = useMutation(ERASE);
  const [problem, setProblem] = useState<string | null>(null);
  const name = `${request.firstName} ${request.lastName}`;
  const confirm = async () => {
    setProblem(null);
    try {
      await erase({ variables: { id: request.candidateId } });
      onErased(name);
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  return (
    <Card
      title={t('ops.erasure.person', {
        name,
        number: request.employeeNumber,
        programme: request.programmeName,
      })}
    >
      <p>{t('ops.erasure.asked', { when: dateTime(request.requestedAt), due: day(request.dueBy) })}</p>
      {late && <p className="failure">{t('ops.erasure.late')}</p>}
      {problem && (
        <p role="alert" className="failure">
          {problem}
        </p>
      )}
      {confirming ? (
        <div role="group" aria-label={t('ops.erasure.erase', { name })}>
          <p>
            <strong>{t('ops.erasure.confirm', { name })}</strong>
          </p>
          <Button onClick={() => void confirm()} disabled={erasing.loading}>
            {t('ops.erasure.yes')}
          </Button>{' '}
          <Button kind="quiet" onClick={() => setConfirming(false)}>
            {t('ops.erasure.no')}
          </Button>
        </div>
      ) : (
        <Button kind="quiet" onClick={() => setConfirming(true)}>
          {t('ops.erasure.erase', { name })}
        </Button>
      )}
    </Card>
  );
}
