import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import { Card, Failure, Loading } from '../ui/ui';
import { categoryKey } from './programme-words';

const OUTCOMES = graphql(`
  query OpsProgrammeOutcomes($id: ID!) {
    programmeOutcomeSummary(programmeId: $id) {
      programmeId
      people
      peopleSuppressed
      peopleSuppression
      suppressionThreshold
      outcomes {
        category
        count
        suppressed
        suppression
      }
    }
  }
`);

/** Where the programme's people are now, by the categories French law reports on; small groups hidden. */
export function ProgrammeOutcomes({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(OUTCOMES, {
    variables: { id: programmeId },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Card title={t('ops.outcomes.title')}>
      {loading && !data ? (
        <Loading />
      ) : error || !data ? (
        <Failure retry={() => void refetch()} />
      ) : (
        <>
          <p>
            {data.programmeOutcomeSummary.peopleSuppressed
              ? t('ops.outcomes.peopleHidden', { k: data.programmeOutcomeSummary.suppressionThreshold })
              : t('ops.outcomes.people', { count: data.programmeOutcomeSummary.people ?? 0 })}
          </p>
          {data.programmeOutcomeSummary.outcomes.length > 0 && (
            <table className="ops-table">
              <caption className="visually-hidden">{t('ops.outcomes.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ops.outcomes.category')}</th>
                  <th scope="col">{t('ops.outcomes.count')}</th>
                </tr>
              </thead>
              <tbody>
                {data.programmeOutcomeSummary.outcomes.map((outcome) => (
                  <tr key={outcome.category}>
                    <th scope="row">{t(categoryKey(outcome.category))}</th>
                    <td>{outcome.suppressed ? t('ops.outcomes.hidden') : outcome.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="muted">{t('ops.outcomes.recordLater')}</p>
        </>
      )}
    </Card>
  );
}
