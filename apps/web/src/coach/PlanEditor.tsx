import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { graphql } from './gql';
import type { PathwayPhase, PathwayPlanFragment } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Field } from '../ui/ui';
import { CompleteForm, RedateForm, reasonProblem, useDueDateProblem } from './MilestoneForms';

export const PATHWAY_PLAN = graphql(`
  fragment PathwayPlan on Pathway {
    id
    status
    track
    currentPhase
    startOn
    endOn
    budget {
      budget
      planned
      used
      remaining
    }
    milestones {
      id
      position
      phase
      kind
      title
      dueOn
      status
      reachedAt
      addedByCoach
    }
  }
`);

const ADD = graphql(`
  mutation CoachAddMilestone($input: AddMilestoneInput!) {
    addMilestone(input: $input) {
      ...PathwayPlan
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
const SETTLED = new Set(['REACHED', 'SUPERSEDED']);

type Milestone = PathwayPlanFragment['milestones'][number];
type Editing = { milestoneId: string; action: 'redate' | 'complete' } | null;

/** The plan with its editing: add a step, change a step's date, mark a task done; each says why. */
export function PlanEditor({ candidateId, pathway }: { candidateId: string; pathway: PathwayPlanFragment }) {
  const { t, day: anyDay } = useI18n();
  const day = (isoDay: string) => anyDay(isoDay, { weekday: true });
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<string | null>(null);
  const reached = pathway.milestones.filter((m) => m.status === 'REACHED').length;
  const finish = (notice: string) => {
    setEditing(null);
    setDone(notice);
  };
  return (
    <>
      <p>
        {pathway.track && t('coach.plan.track', { track: t(`coach.track.${pathway.track}` as MessageKey) })}{' '}
        {t('coach.plan.progress', { done: reached, total: pathway.milestones.length })}
      </p>
      {pathway.budget && (
        <p className="muted">
          {t('coach.plan.budget', {
            used: pathway.budget.used,
            planned: pathway.budget.planned,
            budget: pathway.budget.budget,
          })}
        </p>
      )}
      {pathway.endOn && <p className="muted">{t('coach.plan.endOn', { end: day(pathway.endOn) })}</p>}
      <p role="status" className="notice">
        {done ?? ''}
      </p>
      {PHASES.filter((phase) => pathway.milestones.some((m) => m.phase === phase)).map((phase) => (
        <section key={phase} className="coach-phase" aria-labelledby={`phase-${phase}`}>
          <h3 id={`phase-${phase}`}>{t(`coach.phase.${phase}` as MessageKey)}</h3>
          <ol className="coach-milestones">
            {pathway.milestones
              .filter((m) => m.phase === phase)
              .map((milestone) => (
                <MilestoneItem
                  key={milestone.id}
                  milestone={milestone}
                  editing={editing?.milestoneId === milestone.id ? editing.action : null}
                  setEditing={(action) => {
                    setDone(null);
                    setEditing(action ? { milestoneId: milestone.id, action } : null);
                  }}
                >
                  {editing?.milestoneId === milestone.id && editing.action === 'redate' && (
                    <RedateForm
                      candidateId={candidateId}
                      pathway={pathway}
                      milestone={milestone}
                      onDone={() => finish(t('coach.plan.redated', { title: milestone.title }))}
                      onCancel={() => setEditing(null)}
                    />
                  )}
                  {editing?.milestoneId === milestone.id && editing.action === 'complete' && (
                    <CompleteForm
                      candidateId={candidateId}
                      milestone={milestone}
                      onDone={() => finish(t('coach.plan.completed', { title: milestone.title }))}
                      onCancel={() => setEditing(null)}
                    />
                  )}
                </MilestoneItem>
              ))}
          </ol>
        </section>
      ))}
      <AddForm
        candidateId={candidateId}
        pathway={pathway}
        onDone={(title) => finish(t('coach.plan.added', { title }))}
      />
    </>
  );
}

function MilestoneItem({
  milestone,
  editing,
  setEditing,
  children,
}: {
  milestone: Milestone;
  editing: 'redate' | 'complete' | null;
  setEditing: (action: 'redate' | 'complete' | null) => void;
  children: ReactNode;
}) {
  const { t, day: anyDay } = useI18n();
  const day = (isoDay: string) => anyDay(isoDay, { weekday: true });
  const settled = SETTLED.has(milestone.status);
  return (
    <li className={`coach-milestone status-${milestone.status.toLowerCase()}`}>
      <div className="coach-milestone-head">
        <span className="coach-milestone-title">{milestone.title}</span>
        <span className="muted">
          {t(`coach.kind.${milestone.kind}` as MessageKey)} ·{' '}
          {t('coach.plan.due', { due: day(milestone.dueOn) })}
        </span>
        <span className={`coach-status status-${milestone.status.toLowerCase()}`}>
          {t(`coach.milestoneStatus.${milestone.status}` as MessageKey)}
        </span>
      </div>
      {!settled && !editing && (
        <div className="coach-actions">
          <button type="button" className="button quiet" onClick={() => setEditing('redate')}>
            {t('coach.plan.redate')}
            <span className="visually-hidden">{` : ${milestone.title}`}</span>
          </button>
          {milestone.kind === 'TASK' && (
            <button type="button" className="button quiet" onClick={() => setEditing('complete')}>
              {t('coach.plan.complete')}
              <span className="visually-hidden">{` : ${milestone.title}`}</span>
            </button>
          )}
        </div>
      )}
      {children}
    </li>
  );
}

function AddForm({
  candidateId,
  pathway,
  onDone,
}: {
  candidateId: string;
  pathway: PathwayPlanFragment;
  onDone: (title: string) => void;
}) {
  const { t, errorText } = useI18n();
  const dueProblem = useDueDateProblem(pathway);
  const empty = { title: '', phase: pathway.currentPhase ?? 'WELCOME_AND_DIAGNOSTIC', dueOn: '', reason: '' };
  const [form, setForm] = useState(empty);
  const [touched, setTouched] = useState({ title: false, dueOn: false, reason: false });
  const [add, { loading, error, reset }] = useMutation(ADD);
  const problems = {
    title: form.title.trim() ? null : t('coach.plan.titleMissing'),
    dueOn: dueProblem(form.dueOn),
    reason: reasonProblem(form.reason, t),
  };
  const change = (field: keyof typeof form) => (value: string) => {
    setForm((was) => ({ ...was, [field]: value }));
    if (field !== 'phase') setTouched((was) => ({ ...was, [field]: true }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched({ title: true, dueOn: true, reason: true });
    if (problems.title || problems.dueOn || problems.reason) return;
    const title = form.title.trim();
    const result = await add({
      variables: {
        input: {
          candidateId,
          phase: form.phase,
          kind: 'TASK',
          title,
          dueOn: form.dueOn,
          reason: form.reason.trim(),
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setForm(empty);
      setTouched({ title: false, dueOn: false, reason: false });
      reset();
      onDone(title);
    }
  };
  return (
    <form
      className="coach-add"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="coach-add-title"
    >
      <h3 id="coach-add-title">{t('coach.plan.addTitle')}</h3>
      <p className="muted">{t('coach.plan.addIntro')}</p>
      <Field
        id="add-title"
        label={t('coach.plan.stepTitle')}
        value={form.title}
        required
        onChange={change('title')}
        problem={touched.title ? problems.title : null}
      />
      <div className="field">
        <label htmlFor="add-phase">{t('coach.plan.phase')}</label>
        <select id="add-phase" value={form.phase} onChange={(event) => change('phase')(event.target.value)}>
          {PHASES.map((phase) => (
            <option key={phase} value={phase}>
              {t(`coach.phase.${phase}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <Field
        id="add-due"
        label={t('coach.plan.dueOn')}
        type="date"
        value={form.dueOn}
        required
        onChange={change('dueOn')}
        problem={touched.dueOn ? problems.dueOn : null}
      />
      <Field
        id="add-reason"
        label={t('coach.plan.reason')}
        hint={t('coach.plan.reasonHint')}
        value={form.reason}
        required
        onChange={change('reason')}
        problem={touched.reason ? problems.reason : null}
      />
      {error && (
        <p role="alert" className="failure">
          {errorText(error)}
        </p>
      )}
      <button type="submit" className="button primary" disabled={loading}>
        {t('coach.plan.add')}
      </button>
    </form>
  );
}
