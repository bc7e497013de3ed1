import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Link } from '../router';
import { Card, Failure, Loading } from '../ui/ui';

const CANDIDATE_ASSESSMENTS = graphql(`
  query CandidateAssessments($id: ID!, $language: AssessmentLanguage!) {
    instruments {
      code
      title(language: $language)
    }
    candidate(id: $id) {
      id
      assessments {
        id
        instrumentCode
        status
        assignedAt
        releasedAt
        progress {
          answered
          total
        }
      }
    }
  }
`);

/** The tests the coach gave the person: to start, to go on with, waiting for the debrief, or their results. */
export function Assessments({ candidateId }: { candidateId: string }) {
  const { t, language, dateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(CANDIDATE_ASSESSMENTS, {
    variables: { id: candidateId, language: language === 'fr' ? 'FR' : 'EN' },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  if (error || !data?.candidate) return <Failure retry={() => void refetch()} />;
  const titles = new Map(data.instruments.map((instrument) => [instrument.code, instrument.title]));
  const assessments = [...data.candidate.assessments].sort((a, b) =>
    b.assignedAt.localeCompare(a.assignedAt),
  );
  if (!assessments.length)
    return (
      <Card title={t('candidate.tests.title')}>
        <p>{t('candidate.tests.none')}</p>
      </Card>
    );
  return (
    <>
      <p>{t('candidate.tests.intro')}</p>
      {assessments.map((assessment) => {
        const title = titles.get(assessment.instrumentCode) ?? assessment.instrumentCode;
        const { answered, total } = assessment.progress;
        return (
          <Card key={assessment.id} title={title}>
            <p>{t(`candidate.tests.status.${assessment.status}` as MessageKey)}</p>
            {(assessment.status === 'ASSIGNED' || assessment.status === 'IN_PROGRESS') && (
              <>
                <progress
                  max={total}
                  value={answered}
                  aria-label={t('candidate.tests.progress', { answered, total })}
                />
                <p className="muted">{t('candidate.tests.progress', { answered, total })}</p>
                <Link to={`/assessments/${assessment.id}`}>
                  {t(answered ? 'candidate.tests.resume' : 'candidate.tests.start', { title })}
                </Link>
              </>
            )}
            {assessment.status === 'RELEASED' && (
              <>
                {assessment.releasedAt && (
                  <p className="muted">
                    {t('candidate.tests.releasedAt', { when: dateTime(assessment.releasedAt) })}
                  </p>
                )}
                <Link to={`/assessments/${assessment.id}`}>{t('candidate.tests.seeResults', { title })}</Link>
              </>
            )}
          </Card>
        );
      })}
    </>
  );
}
