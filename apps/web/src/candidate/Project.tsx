import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import type {
  ProjectContractType,
  ProjectDistanceUnit,
  ProjectTargetSource,
  ProjectWorkingHours,
} from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Button, Card, Failure, Field, Loading, Notice } from '../ui/ui';

const PROJECT_SCREEN = graphql(`
  query CandidateProject($id: ID!) {
    professionalProject(candidateId: $id) {
      id
      current {
        version
        status
        targets {
          occupationCode
          label
          source
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
            zoneLabel
            sourceYear
            targets {
              occupationCode
              projects
              hardToFillShare
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
      }
      versions {
        version
        status
        targets {
          occupationCode
          label
        }
        review {
          verdict
          trainingNeeded
          training
        }
        validatedAt
      }
    }
    candidate(id: $id) {
      id
      recommendations {
        id
        occupationCode
        label
        rank
      }
    }
  }
`);

const SAVE_DRAFT = graphql(`
  mutation CandidateSaveProjectDraft($input: SaveProjectDraftInput!) {
    saveProjectDraft(input: $input) {
      id
      current {
        version
        status
      }
    }
  }
`);

const CONTRACTS: ProjectContractType[] = [
  'PERMANENT',
  'FIXED_TERM',
  'TEMPORARY',
  'APPRENTICESHIP',
  'SELF_EMPLOYED',
  'SEASONAL',
];
const HOURS: ProjectWorkingHours[] = ['FULL_TIME', 'PART_TIME', 'EITHER'];
const MAX_TARGETS = 5;
const MAX_DISTANCE: Record<ProjectDistanceUnit, number> = { KM: 300, MINUTES: 180 };
/** A ROME code: a letter A to N and four digits (spaces and case ignored, as career reads it). */
const ROME = /^[A-N]\d{4}$/;

type Target = { occupationCode: string; label: string; source: ProjectTargetSource };

interface Draft {
  targets: Target[];
  place: string;
  distance: string;
  unit: ProjectDistanceUnit;
  contractTypes: ProjectContractType[];
  hours: ProjectWorkingHours;
  payMin: string;
  payMax: string;
  notes: string;
}

type Version = {
  targets: Target[];
  area?: { place: string; placeCode?: string | null; distance: number; unit: ProjectDistanceUnit } | null;
  conditions?: {
    contractTypes: ProjectContractType[];
    hours: ProjectWorkingHours;
    payMin?: number | null;
    payMax?: number | null;
    notes?: string | null;
  } | null;
};

const toDraft = (version: Version | null): Draft => ({
  targets:
    version?.targets.map(({ occupationCode, label, source }) => ({ occupationCode, label, source })) ?? [],
  place: version?.area?.place ?? '',
  distance: version?.area ? String(version.area.distance) : '30',
  unit: version?.area?.unit ?? 'KM',
  contractTypes: version?.conditions?.contractTypes ?? [],
  hours: version?.conditions?.hours ?? 'FULL_TIME',
  payMin: version?.conditions?.payMin != null ? String(version.conditions.payMin) : '',
  payMax: version?.conditions?.payMax != null ? String(version.conditions.payMax) : '',
  notes: version?.conditions?.notes ?? '',
});

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** The person's professional project: the draft to edit, the coach's review and verdict, the validated versions. */
export function Project({ candidateId }: { candidateId: string }) {
  const { t, day } = useI18n();
  const { data, loading, error, refetch } = useQuery(PROJECT_SCREEN, {
    variables: { id: candidateId },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  // Here, not in the editor: a first save opens version 1, and the editor keyed by its version
  // starts afresh when the screen reads it back; the confirmation must outlive that.
  const [saved, setSaved] = useState(false);
  if (loading && !data) return <Loading />;
  if (!data || (error && data.professionalProject === undefined))
    return <Failure retry={() => void refetch()} />;
  const project = data.professionalProject;
  const current = project?.current ?? null;
  const suggestions = [...(data.candidate?.recommendations ?? [])]
    .sort((a, b) => a.rank - b.rank)
    .slice(0, 8);
  const validated = project?.versions.filter((version) => version.status === 'VALIDATED') ?? [];
  const review = current?.review;
  return (
    <>
      <p>{t('candidate.project.intro')}</p>
      {current && (
        <p className="muted">
          {t(current.status === 'VALIDATED' ? 'candidate.project.isValidated' : 'candidate.project.isDraft', {
            version: current.version,
          })}
        </p>
      )}
      <Card title={t('candidate.project.review')}>
        {review ? (
          <>
            {review.reviewedVersion !== current?.version && (
              <p className="muted">
                {t('candidate.project.review.earlier', { version: review.reviewedVersion })}
              </p>
            )}
            <p>
              <strong>
                {review.verdict
                  ? t(`candidate.project.verdict.${review.verdict}` as MessageKey)
                  : t('candidate.project.review.inProgress')}
              </strong>
            </p>
            {review.reasoning && <p>{review.reasoning}</p>}
            <dl className="facts">
              {review.localDemand && (
                <>
                  <dt>{t('candidate.project.review.demand')}</dt>
                  <dd>{review.localDemand}</dd>
                </>
              )}
              {review.localDemandFigures && review.localDemandFigures.targets.length > 0 && (
                <>
                  <dt>
                    {t('candidate.project.review.figures', {
                      zone: review.localDemandFigures.zoneLabel,
                      year: review.localDemandFigures.sourceYear,
                    })}
                  </dt>
                  <dd>
                    <ul className="plain">
                      {review.localDemandFigures.targets.map((row) => (
                        <li key={row.occupationCode}>
                          {t('candidate.project.review.figuresRow', {
                            occupation:
                              current?.targets.find((target) => target.occupationCode === row.occupationCode)
                                ?.label ?? row.occupationCode,
                            projects: row.projects,
                            hard: Math.round(row.hardToFillShare * 100),
                          })}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
              {review.skillsHeld.length > 0 && (
                <>
                  <dt>{t('candidate.project.review.held')}</dt>
                  <dd>{review.skillsHeld.join(', ')}</dd>
                </>
              )}
              {review.skillsMissing.length > 0 && (
                <>
                  <dt>{t('candidate.project.review.missing')}</dt>
                  <dd>{review.skillsMissing.join(', ')}</dd>
                </>
              )}
              <dt>{t('candidate.project.review.training')}</dt>
              <dd>
                {review.trainingNeeded
                  ? (review.training ?? t('candidate.project.review.trainingYes'))
                  : t('candidate.project.review.noTraining')}
              </dd>
              {review.constraints && (
                <>
                  <dt>{t('candidate.project.review.constraints')}</dt>
                  <dd>{review.constraints}</dd>
                </>
              )}
            </dl>
            <p className="muted">{t('candidate.project.review.on', { date: day(review.reviewedAt) })}</p>
          </>
        ) : (
          <p>{t('candidate.project.review.none')}</p>
        )}
      </Card>
      <DraftEditor
        key={`${current?.version ?? 0}-${current?.status ?? ''}`}
        candidateId={candidateId}
        initial={toDraft(current)}
        suggestions={suggestions}
        saved={saved}
        onEdited={() => setSaved(false)}
        onSaved={() => {
          setSaved(true);
          void refetch();
        }}
      />
      <Card title={t('candidate.project.validated')}>
        {validated.length === 0 ? (
          <p>{t('candidate.project.validated.none')}</p>
        ) : (
          <ul className="plain">
            {[...validated].reverse().map((version) => (
              <li key={version.version} className="item">
                <p className="item-title">
                  {t('candidate.project.validated.line', {
                    version: version.version,
                    date: day(version.validatedAt),
                  })}
                </p>
                <p>{version.targets.map((target) => target.label).join(', ')}</p>
                {version.review?.verdict && (
                  <p className="muted">
                    {t(`candidate.project.verdict.${version.review.verdict}` as MessageKey)}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}

function DraftEditor({
  candidateId,
  initial,
  suggestions,
  saved,
  onEdited,
  onSaved,
}: {
  candidateId: string;
  initial: Draft;
  suggestions: { occupationCode: string; label: string }[];
  saved: boolean;
  onEdited: () => void;
  onSaved: () => void;
}) {
  const { t, errorText } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [typedTried, setTypedTried] = useState(false);
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [save, saving] = useMutation(SAVE_DRAFT);
  const set = (patch: Partial<Draft>) => {
    setDraft((previous) => ({ ...previous, ...patch }));
    onEdited();
  };
  const full = draft.targets.length >= MAX_TARGETS;
  const has = (occupationCode: string) =>
    draft.targets.some((target) => target.occupationCode === occupationCode);
  const normalisedCode = code.replace(/\s+/g, '').toUpperCase();
  const typedProblems = {
    code: !ROME.test(normalisedCode)
      ? t('candidate.project.code.invalid')
      : has(normalisedCode)
        ? t('candidate.project.code.already')
        : null,
    label: !label.trim() ? t('candidate.project.label.required') : null,
  };
  const distance = whole(draft.distance);
  const payMin = draft.payMin.trim() ? whole(draft.payMin) : null;
  const payMax = draft.payMax.trim() ? whole(draft.payMax) : null;
  const problems = {
    distance:
      draft.place.trim() && (distance === null || distance > MAX_DISTANCE[draft.unit])
        ? t('candidate.project.distance.range', { max: MAX_DISTANCE[draft.unit] })
        : null,
    payMin: draft.payMin.trim() && payMin === null ? t('candidate.project.pay.number') : null,
    payMax:
      draft.payMax.trim() && payMax === null
        ? t('candidate.project.pay.number')
        : payMin !== null && payMax !== null && payMin > payMax
          ? t('candidate.project.pay.order')
          : null,
  };
  const addTyped = () => {
    setTypedTried(true);
    if (typedProblems.code || typedProblems.label || full) return;
    set({
      targets: [...draft.targets, { occupationCode: normalisedCode, label: label.trim(), source: 'TYPED' }],
    });
    setCode('');
    setLabel('');
    setTypedTried(false);
  };
  const submit = async () => {
    setTried(true);
    setProblem(null);
    if (Object.values(problems).some(Boolean)) return;
    try {
      await save({
        variables: {
          input: {
            candidateId,
            targets: draft.targets,
            area: draft.place.trim()
              ? { place: draft.place.trim(), distance: distance ?? 0, unit: draft.unit }
              : null,
            conditions: {
              contractTypes: draft.contractTypes,
              hours: draft.hours,
              payMin,
              payMax,
              notes: draft.notes.trim() || null,
            },
          },
        },
      });
      setTried(false);
      onSaved();
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  return (
    <>
      <Card title={t('candidate.project.targets')}>
        <p>{t('candidate.project.targets.intro', { max: MAX_TARGETS })}</p>
        {draft.targets.length > 0 ? (
          <ul className="plain">
            {draft.targets.map((target) => (
              <li key={target.occupationCode} className="item">
                <span className="item-title">{target.label}</span>{' '}
                <span className="muted">({target.occupationCode})</span>{' '}
                <Button
                  kind="quiet"
                  onClick={() =>
                    set({
                      targets: draft.targets.filter(
                        (other) => other.occupationCode !== target.occupationCode,
                      ),
                    })
                  }
                >
                  {t('candidate.project.target.remove', { label: target.label })}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('candidate.project.targets.none')}</p>
        )}
        {suggestions.filter((suggestion) => !has(suggestion.occupationCode)).length > 0 && !full && (
          <>
            <h3>{t('candidate.project.fromSuggestions')}</h3>
            <div className="actions">
              {suggestions
                .filter((suggestion) => !has(suggestion.occupationCode))
                .map((suggestion) => (
                  <Button
                    key={suggestion.occupationCode}
                    kind="quiet"
                    onClick={() =>
                      set({
                        targets: [
                          ...draft.targets,
                          {
                            occupationCode: suggestion.occupationCode,
                            label: suggestion.label,
                            source: 'SUGGESTION',
                          },
                        ],
                      })
                    }
                  >
                    {t('candidate.project.target.add', { label: suggestion.label })}
                  </Button>
                ))}
            </div>
          </>
        )}
        {full ? (
          <p className="muted">{t('candidate.project.targets.full', { max: MAX_TARGETS })}</p>
        ) : (
          <details>
            <summary>{t('candidate.project.typed')}</summary>
            <Field
              id="project-code"
              label={t('candidate.project.code')}
              hint={t('candidate.project.code.hint')}
              value={code}
              onChange={setCode}
              problem={typedTried ? typedProblems.code : null}
            />
            <Field
              id="project-label"
              label={t('candidate.project.label')}
              value={label}
              onChange={setLabel}
              problem={typedTried ? typedProblems.label : null}
            />
            <Button kind="quiet" onClick={addTyped}>
              {t('candidate.project.typed.add')}
            </Button>
          </details>
        )}
      </Card>
      <Card title={t('candidate.project.area')}>
        <Field
          id="project-place"
          label={t('candidate.project.place')}
          hint={t('candidate.project.place.hint')}
          value={draft.place}
          onChange={(place) => set({ place })}
        />
        <Field
          id="project-distance"
          label={t('candidate.project.distance')}
          type="number"
          value={draft.distance}
          onChange={(value) => set({ distance: value })}
          problem={tried ? problems.distance : null}
        />
        <div className="field">
          <label htmlFor="project-unit">{t('candidate.project.unit')}</label>
          <select
            id="project-unit"
            value={draft.unit}
            onChange={(event) => set({ unit: event.target.value as ProjectDistanceUnit })}
          >
            <option value="KM">{t('candidate.project.unit.KM')}</option>
            <option value="MINUTES">{t('candidate.project.unit.MINUTES')}</option>
          </select>
        </div>
      </Card>
      <Card title={t('candidate.project.conditions')}>
        <fieldset className="choice">
          <legend className="item-title">{t('candidate.project.contracts')}</legend>
          {CONTRACTS.map((contract) => (
            <label key={contract} className="option">
              <input
                type="checkbox"
                checked={draft.contractTypes.includes(contract)}
                onChange={(event) =>
                  set({
                    contractTypes: event.target.checked
                      ? [...draft.contractTypes, contract]
                      : draft.contractTypes.filter((other) => other !== contract),
                  })
                }
              />
              {t(`candidate.project.contract.${contract}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="project-hours">{t('candidate.project.hours')}</label>
          <select
            id="project-hours"
            value={draft.hours}
            onChange={(event) => set({ hours: event.target.value as ProjectWorkingHours })}
          >
            {HOURS.map((hours) => (
              <option key={hours} value={hours}>
                {t(`candidate.project.hours.${hours}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <Field
          id="project-pay-min"
          label={t('candidate.project.payMin')}
          hint={t('candidate.project.pay.hint')}
          type="number"
          value={draft.payMin}
          onChange={(payMin) => set({ payMin })}
          problem={tried ? problems.payMin : null}
        />
        <Field
          id="project-pay-max"
          label={t('candidate.project.payMax')}
          type="number"
          value={draft.payMax}
          onChange={(payMax) => set({ payMax })}
          problem={tried ? problems.payMax : null}
        />
        <div className="field">
          <label htmlFor="project-notes">{t('candidate.project.notes')}</label>
          <textarea
            id="project-notes"
            rows={3}
            value={draft.notes}
            onChange={(event) => set({ notes: event.target.value })}
          />
        </div>
        <Button onClick={() => void submit()} disabled={saving.loading}>
          {t('candidate.project.save')}
        </Button>
        {saved && <Notice>{t('candidate.project.saved')}</Notice>}
        {problem && (
          <p role="alert" className="failure">
            {problem}
          </p>
        )}
      </Card>
    </>
  );
}
