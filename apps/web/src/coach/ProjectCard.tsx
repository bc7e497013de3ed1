import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import type { CoachProjectQuery, ProjectVerdict } from './gql/graphql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Button, Card, Failure, Loading, Notice } from '../ui/ui';
import { TextArea, lines } from './TextArea';
import { DemandTable, LiveDemand, useDemandFigures } from './ProjectDemand';

const PROJECT = graphql(`
  query CoachProject($candidateId: ID!) {
    professionalProject(candidateId: $candidateId) {
      id
      current {
        ...CoachProjectVersion
      }
      versions {
        ...CoachProjectVersion
      }
    }
  }
  fragment CoachProjectVersion on ProjectVersion {
    version
    status
    targets {
      occupationCode
      label
    }
    area {
      place
      placeCode
      distance
      unit
    }
    conditions {
      contractTypes
      hours
      payMin
      payMax
      notes
    }
    review {
      localDemand
      localDemandFigures {
        zoneCode
        zoneLabel
        sourceYear
        targets {
          occupationCode
          projects
          hardToFill
          seasonal
        }
      }
      skillsHeld
      skillsMissing
      trainingNeeded
      training
      constraints
      verdict
      reasoning
      reviewedVersion
      reviewedAt
    }
    updatedAt
    validatedAt
  }
`);

const REVIEW = graphql(`
  mutation CoachReviewProject($input: ReviewProjectFeasibilityInput!) {
    reviewProjectFeasibility(input: $input) {
      id
    }
  }
`);

const VALIDATE = graphql(`
  mutation CoachValidateProject($candidateId: ID!, $version: Int!) {
    validateProfessionalProject(candidateId: $candidateId, version: $version) {
      id
    }
  }
`);

type Version = NonNullable<CoachProjectQuery['professionalProject']>['current'];

const VERDICTS: readonly ProjectVerdict[] = [
  'TO_EXPLORE',
  'FEASIBLE',
  'FEASIBLE_WITH_TRAINING',
  'NOT_FEASIBLE_NOW',
];

/**
 * The person's professional project: the version being worked on, the feasibility review the coach
 * completes with the person, the validation of the version reviewed, and the validated versions.
 */
export function ProjectCard({ candidateId }: { candidateId: string }) {
  const { t } = useI18n();
  // Said here, not in the form: a validation closes the draft, and its form with it.
  const [done, setDone] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(PROJECT, { variables: { candidateId } });
  const project = data?.professionalProject;
  // After a validation the coach may open a new review: its first save opens the next version.
  const [reviewAgain, setReviewAgain] = useState(false);
  const validated = (project?.versions ?? []).filter((v) => v.status === 'VALIDATED').reverse();
  return (
    <Card title={t('coach.project.title')}>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <Failure retry={() => void refetch()} />
      ) : !project ? (
        <p>{t('coach.project.none')}</p>
      ) : (
        <>
          <VersionFacts version={project.current} figures={project.current.status === 'VALIDATED'} />
          {done && <Notice>{done}</Notice>}
          {project.current.status === 'DRAFT' || reviewAgain ? (
            <ReviewForm
              key={project.current.version}
              candidateId={candidateId}
              version={project.current}
              onDone={(text) => {
                setDone(text);
                if (text) setReviewAgain(false);
              }}
              onCancel={() => setReviewAgain(false)}
            />
          ) : (
            <div className="coach-actions">
              <p>{t('coach.project.reviewAgainIntro', { next: project.current.version + 1 })}</p>
              <Button
                onClick={() => {
                  setDone(null);
                  setReviewAgain(true);
                }}
              >
                {t('coach.project.reviewAgain')}
              </Button>
            </div>
          )}
          {validated.length > 0 && (
            <details>
              <summary>{t('coach.project.validatedVersions', { count: validated.length })}</summary>
              <ul className="coach-list">
                {validated.map((version) => (
                  <li key={version.version}>
                    <VersionFacts version={version} figures />
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </Card>
  );
}

/** A version's facts; with `figures`, the labour figures its review kept (a review's evidence). */
function VersionFacts({ version, figures = false }: { version: Version; figures?: boolean }) {
  const { t, dateTime, language } = useI18n();
  const euros = (amount: number) =>
    new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB').format(amount);
  const payText = (min: number | null | undefined, max: number | null | undefined) =>
    min && max
      ? t('coach.project.pay', { min: euros(min), max: euros(max) })
      : min
        ? t('coach.project.payFrom', { min: euros(min) })
        : max
          ? t('coach.project.payUpTo', { max: euros(max) })
          : null;
  const { area, conditions, review } = version;
  return (
    <div className="coach-project-version">
      <h3>
        {t(version.status === 'VALIDATED' ? 'coach.project.validatedVersion' : 'coach.project.draftVersion', {
          version: version.version,
        })}
      </h3>
      <p className="muted">
        {version.validatedAt
          ? t('coach.project.validatedAt', { when: dateTime(version.validatedAt) })
          : t('coach.project.updatedAt', { when: dateTime(version.updatedAt) })}
      </p>
      <dl className="coach-facts">
        <div>
          <dt>{t('coach.project.targets')}</dt>
          <dd>
            {version.targets.length
              ? version.targets.map((target) => `${target.label} (${target.occupationCode})`).join(' ; ')
              : t('coach.project.noTarget')}
          </dd>
        </div>
        {area && (
          <div>
            <dt>{t('coach.project.area')}</dt>
            <dd>
              {t(area.unit === 'KM' ? 'coach.project.areaKm' : 'coach.project.areaMinutes', {
                place: area.place,
                distance: area.distance,
              })}
            </dd>
          </div>
        )}
        {conditions && (
          <div>
            <dt>{t('coach.project.conditions')}</dt>
            <dd>
              {[
                conditions.contractTypes
                  .map((type) => t(`coach.project.contract.${type}` as MessageKey))
                  .join(', '),
                t(`coach.project.hours.${conditions.hours}` as MessageKey),
                payText(conditions.payMin, conditions.payMax),
                conditions.notes,
              ]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </div>
        )}
        {review?.verdict && (
          <div>
            <dt>{t('coach.project.verdict')}</dt>
            <dd>
              {t(`coach.project.verdict.${review.verdict}` as MessageKey)}
              {review.reasoning ? ` : ${review.reasoning}` : ''}
            </dd>
          </div>
        )}
      </dl>
      {figures && review?.localDemandFigures && (
        <DemandTable
          figures={review.localDemandFigures}
          targets={version.targets}
          caption={t('coach.project.demand.seen', {
            zone: review.localDemandFigures.zoneLabel,
            year: review.localDemandFigures.sourceYear,
            when: dateTime(review.reviewedAt),
          })}
        />
      )}
    </div>
  );
}

/** The feasibility review of the draft, then its validation once the review has its verdict. */
function ReviewForm({
  candidateId,
  version,
  onDone,
  onCancel,
}: {
  candidateId: string;
  version: Version;
  onDone: (text: string | null) => void;
  /** Closes a new review of a validated version before it is saved. */
  onCancel: () => void;
}) {
  const { t, errorText } = useI18n();
  const review = version.review;
  const [localDemand, setLocalDemand] = useState(review?.localDemand ?? '');
  const [skillsHeld, setSkillsHeld] = useState((review?.skillsHeld ?? []).join('\n'));
  const [skillsMissing, setSkillsMissing] = useState((review?.skillsMissing ?? []).join('\n'));
  const [trainingNeeded, setTrainingNeeded] = useState(review?.trainingNeeded ?? false);
  const [training, setTraining] = useState(review?.training ?? '');
  const [constraints, setConstraints] = useState(review?.constraints ?? '');
  const [verdict, setVerdict] = useState<ProjectVerdict | ''>(review?.verdict ?? '');
  const [reasoning, setReasoning] = useState(review?.reasoning ?? '');
  const demand = useDemandFigures(version.area, version.targets);
  const [tried, setTried] = useState(false);
  const [save, saving] = useMutation(REVIEW, { refetchQueries: ['CoachProject'], awaitRefetchQueries: true });
  const [validate, validating] = useMutation(VALIDATE, {
    refetchQueries: ['CoachProject'],
    awaitRefetchQueries: true,
  });
  const problems = {
    verdict:
      verdict === 'FEASIBLE' && trainingNeeded
        ? t('coach.project.problem.feasibleTraining')
        : verdict === 'FEASIBLE_WITH_TRAINING' && !trainingNeeded
          ? t('coach.project.problem.withTraining')
          : null,
    training: trainingNeeded && !training.trim() ? t('coach.project.problem.training') : null,
    reasoning: verdict && !reasoning.trim() ? t('coach.project.problem.reasoning') : null,
  };
  const reviewedNow = Boolean(review?.verdict) && review?.reviewedVersion === version.version;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    onDone(null);
    if (problems.verdict || problems.training || problems.reasoning) return;
    await save({
      variables: {
        input: {
          candidateId,
          localDemand: localDemand.trim() || null,
          // What the coach saw above is kept with the review (career checks it).
          localDemandFigures: demand.kind === 'ready' ? demand.figures : null,
          skillsHeld: lines(skillsHeld),
          skillsMissing: lines(skillsMissing),
          trainingNeeded,
          training: trainingNeeded ? training.trim() : null,
          constraints: constraints.trim() || null,
          verdict: verdict || null,
          reasoning: reasoning.trim() || null,
        },
      },
    })
      .then(() =>
        onDone(
          version.status === 'VALIDATED'
            ? t('coach.project.reviewOpened', { version: version.version + 1 })
            : t(verdict ? 'coach.project.reviewed' : 'coach.project.reviewSaved'),
        ),
      )
      .catch(() => undefined);
  };
  const confirm = () =>
    void validate({ variables: { candidateId, version: version.version } })
      .then(() => onDone(t('coach.project.validated', { version: version.version })))
      .catch(() => undefined);
  const shown = (problem: string | null) => (tried ? problem : null);
  return (
    <>
      <form
        className="coach-add"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label={t('coach.project.review')}
      >
        <h3>
          {version.status === 'VALIDATED'
            ? t('coach.project.reviewNext', { version: version.version + 1 })
            : t('coach.project.review')}
        </h3>
        <p className="muted">{t('coach.project.reviewIntro')}</p>
        <LiveDemand state={demand} targets={version.targets} />
        <TextArea
          id="project-demand"
          label={t('coach.project.localDemand')}
          hint={t('coach.project.localDemandHint')}
          value={localDemand}
          onChange={setLocalDemand}
        />
        <TextArea
          id="project-held"
          label={t('coach.project.skillsHeld')}
          hint={t('coach.project.oneALine')}
          value={skillsHeld}
          onChange={setSkillsHeld}
        />
        <TextArea
          id="project-missing"
          label={t('coach.project.skillsMissing')}
          hint={t('coach.project.oneALine')}
          value={skillsMissing}
          onChange={setSkillsMissing}
        />
        <div className="field">
          <label>
            <input
              type="checkbox"
              checked={trainingNeeded}
              onChange={(event) => setTrainingNeeded(event.target.checked)}
            />{' '}
            {t('coach.project.trainingNeeded')}
          </label>
        </div>
        {trainingNeeded && (
          <TextArea
            id="project-training"
            label={t('coach.project.training')}
            value={training}
            onChange={setTraining}
            problem={shown(problems.training)}
            rows={2}
          />
        )}
        <TextArea
          id="project-constraints"
          label={t('coach.project.constraints')}
          value={constraints}
          onChange={setConstraints}
          rows={2}
        />
        <div className="field">
          <label htmlFor="project-verdict">{t('coach.project.verdict')}</label>
          <select
            id="project-verdict"
            value={verdict}
            aria-invalid={shown(problems.verdict) ? true : undefined}
            aria-describedby={shown(problems.verdict) ? 'project-verdict-problem' : undefined}
            onChange={(event) => setVerdict(event.target.value as ProjectVerdict | '')}
          >
            <option value="">{t('coach.project.verdictLater')}</option>
            {VERDICTS.map((value) => (
              <option key={value} value={value}>
                {t(`coach.project.verdict.${value}` as MessageKey)}
              </option>
            ))}
          </select>
          {shown(problems.verdict) && (
            <p id="project-verdict-problem" className="failure" role="alert">
              {problems.verdict}
            </p>
          )}
        </div>
        <TextArea
          id="project-reasoning"
          label={t('coach.project.reasoning')}
          value={reasoning}
          onChange={setReasoning}
          problem={shown(problems.reasoning)}
        />
        <div className="coach-actions">
          <button type="submit" className="button primary" disabled={saving.loading}>
            {t('coach.project.saveReview')}
          </button>
          {version.status === 'VALIDATED' && (
            <Button kind="quiet" onClick={onCancel}>
              {t('coach.project.cancelReview')}
            </Button>
          )}
        </div>
      </form>
      {saving.error && (
        <p role="alert" className="failure">
          {errorText(saving.error)}
        </p>
      )}
      <div className="coach-actions">
        {version.status === 'VALIDATED' ? null : reviewedNow ? (
          <>
            <p>{t('coach.project.validateIntro', { version: version.version })}</p>
            <Button onClick={confirm} disabled={validating.loading}>
              {t('coach.project.validate', { version: version.version })}
            </Button>
          </>
        ) : (
          <p className="muted">{t('coach.project.validateLater')}</p>
        )}
        {validating.error && (
          <p role="alert" className="failure">
            {errorText(validating.error)}
          </p>
        )}
      </div>
    </>
  );
}
