import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { Failure, Loading } from '../ui/ui';
import { PendingErasures } from './ErasureRequests';
import { statusKey } from './programme-words';

export const PROGRAMMES = graphql(`
  query OpsProgrammes($after: String) {
    programmes(first: 50, after: $after) {
      nodes {
        id
        name
        status
        headcount
        startDate
        createdAt
        sponsor {
          id
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** Ops' first screen: the programmes of their offices, newest first, and the way to a new one. */
export function Programmes() {
  const { t, dateTime } = useI18n();
  const { data, loading, error, refetch, fetchMore } = useQuery(PROGRAMMES, {
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  return (
    <>
      <PendingErasures />
      <p>
        <Link to="/programmes/new">{t('ops.programmes.new')}</Link>
      </p>
      {error ? (
        <Failure retry={() => void refetch()} />
      ) : !data ? (
        loading && <Loading />
      ) : data.programmes.nodes.length === 0 ? (
        <p>{t('ops.programmes.none')}</p>
      ) : (
        <>
          <ul className="ops-list" aria-label={t('ops.programmes.title')}>
            {data.programmes.nodes.map((programme) => (
              <li key={programme.id} className="ops-row">
                <Link to={`/programmes/${programme.id}`}>{programme.name}</Link>
                <span className="muted">{programme.sponsor.name}</span>
                <span className={`ops-status ops-status-${programme.status.toLowerCase()}`}>
                  {t(statusKey(programme.status))}
                </span>
                <span className="muted">
                  {programme.headcount !== null && programme.headcount !== undefined
                    ? t('ops.programmes.headcount', { count: programme.headcount })
                    : t('ops.programmes.created', { when: dateTime(programme.createdAt) })}
                </span>
              </li>
            ))}
          </ul>
          {data.programmes.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button quiet"
              disabled={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: data.programmes.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    programmes: {
                      ...fetchMoreResult.programmes,
                      nodes: [...previous.programmes.nodes, ...fetchMoreResult.programmes.nodes],
                    },
                  }),
                })
              }
            >
              {t('ops.more')}
            </button>
          )}
        </>
      )}
    </>
  );
}
