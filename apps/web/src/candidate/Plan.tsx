import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import type { PathwayPhase } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Card, Failure, Loading } from '../ui/ui';
import { parisFormats } from './paris';

const CANDIDATE_PLAN = graphql(`
  query CandidatePlan($id: ID!, $language: AssessmentLanguage!) {
    instruments {
      code
      title(language: $language)
    }
    pathway(candidateId: $id) {
      id
      status
      track
      currentPhase
      startOn
      endOn
      budget {
        budget
        used
        remaining
      }
      milestones {
        id
        phase
        kind
        title
        dueOn
        status
        reachedAt
        sessionKind
        instrumentCode
      }
    }
  }
`);

const PHASES: PathwayPhase[] = [
  'WELCOME_AND_DIAGNOSTIC',
  'EXPLORING_OPTIONS',
  'VALIDATING_PROJECT',
  'JOB_SEARCH',
  'FOLLOW_UP_IN_JOB',
];

/** The person's plan: its phases in order, each step with its due date and where it stands. */
export function Plan({ candidateId }: { candidateId: string }) {
  const { t, language } = useI18n();
  const format = parisFormats(language);
  const { data, loading, error, refetch } = useQuery(CANDIDATE_PLAN, {
    variables: { id: candidateId, language: language === 'fr' ? 'FR' : 'EN' },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const pathway = data.pathway;
  if (!pathway || pathway.status === 'DRAFT' || !pathway.milestones.length)
    return (
      <Card title={t('candidate.plan.title')}>
        <p>{t('candidate.home.plan.none')}</p>
      </Card>
    );
  const instruments = new Map(data.instruments.map((instrument) => [instrument.code, instrument.title]));
  // Sessions and tests in the person's language; other steps as the plan names them.
  const named = (milestone: (typeof pathway.milestones)[number]) =>
    milestone.sessionKind
      ? t(`session.kind.${milestone.sessionKind}` as MessageKey)
      : ((milestone.instrumentCode && instruments.get(milestone.instrumentCode)) ?? milestone.title);
  const reached = pathway.milestones.filter((milestone) => milestone.status === 'REACHED').length;
  return (
    <>
      <Card title={t('candidate.plan.title')}>
        {pathway.track && <p>{t(`candidate.track.${pathway.track}` as MessageKey)}</p>}
        <progress
          max={pathway.milestones.length}
          value={reached}
          aria-label={t('candidate.home.plan.progress', { done: reached, total: pathway.milestones.length })}
        />
        <p>{t('candidate.home.plan.progress', { done: reached, total: pathway.milestones.length })}</p>
        {pathway.endOn && (
          <p className="muted">{t('candidate.plan.until', { date: format.date(pathway.endOn) })}</p>
        )}
        {pathway.budget && (
          <p className="muted">
            {t('candidate.plan.budget', {
              remaining: pathway.budget.remaining,
              budget: pathway.budget.budget,
            })}
          </p>
        )}
      </Card>
      {PHASES.map((phase) => {
        const steps = pathway.milestones.filter((milestone) => milestone.phase === phase);
        if (!steps.length) return null;
        return (
          <Card
            key={phase}
            title={`${t(`candidate.phase.${phase}` as MessageKey)}${
              pathway.currentPhase === phase ? ` · ${t('candidate.plan.now')}` : ''
            }`}
          >
            <ol className="steps">
              {steps.map((milestone) => (
                <li key={milestone.id} className={`step step-${milestone.status.toLowerCase()}`}>
                  <span className="item-title">{named(milestone)}</span>
                  <span className="muted">
                    {t(`candidate.milestone.${milestone.status}` as MessageKey)} ·{' '}
                    {milestone.status === 'REACHED' && milestone.reachedAt
                      ? t('candidate.plan.reachedOn', { date: format.day(milestone.reachedAt) })
                      : t('candidate.plan.dueOn', { date: format.date(milestone.dueOn) })}
                  </span>
                </li>
              ))}
            </ol>
          </Card>
        );
      })}
    </>
  );
}
