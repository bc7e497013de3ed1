import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import type { OfferVerdict } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Button, Card, Failure, Loading, Notice } from '../ui/ui';
import { parisFormats } from './paris';

const CANDIDATE_SUGGESTIONS = graphql(`
  query CandidateSuggestions($id: ID!) {
    candidate(id: $id) {
      id
      homePostcode
      recommendations {
        id
        occupationCode
        label
        rank
        proximity
        explanation
        missingSkills {
          code
          label
        }
      }
      matches {
        rank
        explanation
        offer {
          id
          title
          contractType
          departmentCode
          publishedOn
        }
      }
    }
  }
`);

const LOCAL_DEMAND = graphql(`
  query CandidateLocalDemand($code: String!, $department: String) {
    labourDemand(occupationCode: $code, departmentCode: $department) {
      occupationCode
      departmentCode
      projects
      hardToFillShare
    }
  }
`);

const FEEDBACK = graphql(`
  mutation CandidateOfferFeedback($id: ID!, $offerId: ID!, $verdict: OfferVerdict!) {
    giveOfferFeedback(candidateId: $id, offerId: $offerId, verdict: $verdict)
  }
`);

/** Suggestions shown at once: a phone screen holds a few well. */
const SHOWN = 5;

/** The department of a French postcode (Corsica's two are told apart by the number), or null. */
export function departmentOf(postcode: string | null | undefined): string | null {
  if (!postcode || !/^\d{5}$/.test(postcode)) return null;
  if (postcode.startsWith('97')) return postcode.slice(0, 3);
  if (postcode.startsWith('20')) return Number(postcode) < 20200 ? '2A' : '2B';
  return postcode.slice(0, 2);
}

/** Occupations that fit the person (why, and how much employers hire nearby), and the job leads matched to them. */
export function Suggestions({ candidateId }: { candidateId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(CANDIDATE_SUGGESTIONS, {
    variables: { id: candidateId },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  if (error || !data?.candidate) return <Failure retry={() => void refetch()} />;
  const { recommendations, matches, homePostcode } = data.candidate;
  const department = departmentOf(homePostcode);
  return (
    <>
      <p>{t('candidate.suggestions.intro')}</p>
      <h2 className="section-title">{t('candidate.suggestions.occupations')}</h2>
      {recommendations.length ? (
        [...recommendations]
          .sort((a, b) => a.rank - b.rank)
          .slice(0, SHOWN)
          .map((recommendation) => (
            <Card key={recommendation.id} title={recommendation.label}>
              <p className="muted">{t(`candidate.proximity.${recommendation.proximity}` as MessageKey)}</p>
              <p>{recommendation.explanation}</p>
              {recommendation.missingSkills.length > 0 && (
                <p>
                  {t('candidate.suggestions.toLearn', {
                    skills: recommendation.missingSkills
                      .slice(0, 3)
                      .map((skill) => skill.label)
                      .join(', '),
                  })}
                </p>
              )}
              <LocalDemand code={recommendation.occupationCode} department={department} />
            </Card>
          ))
      ) : (
        <Card title={t('candidate.suggestions.occupations')}>
          <p>{t('candidate.suggestions.noneYet')}</p>
        </Card>
      )}
      <h2 className="section-title">{t('candidate.leads.title')}</h2>
      {matches.length ? (
        [...matches]
          .sort((a, b) => a.rank - b.rank)
          .map((match) => <JobLead key={match.offer.id} candidateId={candidateId} match={match} />)
      ) : (
        <Card title={t('candidate.leads.title')}>
          <p>{t('candidate.leads.none')}</p>
        </Card>
      )}
    </>
  );
}

function LocalDemand({ code, department }: { code: string; department: string | null }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(LOCAL_DEMAND, { variables: { code, department } });
  if (loading) return <Loading />;
  if (error || !data) return <p className="muted">{t('candidate.demand.unknown')}</p>;
  const demand = data.labourDemand;
  return (
    <p className="demand">
      {t(demand.departmentCode ? 'candidate.demand.local' : 'candidate.demand.national', {
        projects: demand.projects,
        department: demand.departmentCode ?? '',
        share: Math.round(demand.hardToFillShare * 100),
      })}
    </p>
  );
}

type Match = {
  rank: number;
  explanation: string;
  offer: { id: string; title: string; contractType: string; departmentCode: string; publishedOn: string };
};

function JobLead({ candidateId, match }: { candidateId: string; match: Match }) {
  const { t, language, errorText } = useI18n();
  const format = parisFormats(language);
  const [give, giving] = useMutation(FEEDBACK);
  const [given, setGiven] = useState<OfferVerdict | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const send = async (verdict: OfferVerdict) => {
    setProblem(null);
    try {
      await give({ variables: { id: candidateId, offerId: match.offer.id, verdict } });
      setGiven(verdict);
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  return (
    <Card title={match.offer.title}>
      <p className="muted">
        {t(`candidate.contract.${match.offer.contractType}` as MessageKey)} ·{' '}
        {t('candidate.leads.where', { department: match.offer.departmentCode })} ·{' '}
        {t('candidate.leads.published', { date: format.date(match.offer.publishedOn) })}
      </p>
      <p>{match.explanation}</p>
      {given ? (
        <Notice>{t(`candidate.leads.thanks.${given}` as MessageKey)}</Notice>
      ) : (
        <div
          className="actions"
          role="group"
          aria-label={t('candidate.leads.feedback', { title: match.offer.title })}
        >
          <Button onClick={() => void send('INTERESTED')} disabled={giving.loading}>
            {t('candidate.leads.interested')}
          </Button>
          <Button kind="quiet" onClick={() => void send('NOT_RELEVANT')} disabled={giving.loading}>
            {t('candidate.leads.notRelevant')}
          </Button>
        </div>
      )}
      {problem && (
        <p role="alert" className="failure">
          {problem}
        </p>
      )}
    </Card>
  );
}
