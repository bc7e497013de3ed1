import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import type { PathwayPlanFragment } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Field } from '../ui/ui';

/** A milestone's own changes: a new date, or a task marked done; each says why. */

const REDATE = graphql(`
  mutation CoachRedateMilestone($input: RedateMilestoneInput!) {
    redateMilestone(input: $input) {
      ...PathwayPlan
    }
  }
`);

const COMPLETE = graphql(`
  mutation CoachCompleteMilestone($input: CompleteMilestoneInput!) {
    completeMilestone(input: $input) {
      ...PathwayPlan
    }
  }
`);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

type Milestone = PathwayPlanFragment['milestones'][number];

/** What is wrong with a due date, in words, or null: a real day inside the plan's window. */
export function useDueDateProblem(pathway: PathwayPlanFragment): (dueOn: string) => string | null {
  const { t, day: anyDay } = useI18n();
  const day = (isoDay: string) => anyDay(isoDay, { weekday: true });
  return (dueOn) => {
    if (!ISO_DAY.test(dueOn) || Number.isNaN(Date.parse(`${dueOn}T00:00:00Z`)))
      return t('coach.plan.dateMissing');
    if (pathway.startOn && dueOn < pathway.startOn)
      return t('coach.plan.dateBeforeStart', { start: day(pathway.startOn) });
    if (pathway.endOn && dueOn > pathway.endOn)
      return t('coach.plan.dateAfterEnd', { end: day(pathway.endOn) });
    return null;
  };
}

/** A reason field shared by every change: the plan's history keeps it. */
export function reasonProblem(reason: string, t: (key: MessageKey) => string): string | null {
  if (!reason.trim()) return t('coach.plan.reasonMissing');
  if (reason.trim().length > 1000) return t('coach.plan.reasonTooLong');
  return null;
}

export function RedateForm({
  candidateId,
  pathway,
  milestone,
  onDone,
  onCancel,
}: {
  candidateId: string;
  pathway: PathwayPlanFragment;
  milestone: Milestone;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, errorText } = useI18n();
  const dueProblem = useDueDateProblem(pathway);
  const [dueOn, setDueOn] = useState(milestone.dueOn);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState({ dueOn: false, reason: false });
  const [redate, { loading, error }] = useMutation(REDATE);
  const problems = { dueOn: dueProblem(dueOn), reason: reasonProblem(reason, t) };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched({ dueOn: true, reason: true });
    if (problems.dueOn || problems.reason) return;
    const result = await redate({
      variables: { input: { candidateId, milestoneId: milestone.id, dueOn, reason: reason.trim() } },
    }).catch(() => null);
    if (result?.data) onDone();
  };
  const id = `redate-${milestone.id}`;
  return (
    <form className="coach-inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <Field
        id={`${id}-due`}
        label={t('coach.plan.newDate')}
        type="date"
        value={dueOn}
        required
        onChange={(value) => {
          setDueOn(value);
          setTouched((was) => ({ ...was, dueOn: true }));
        }}
        problem={touched.dueOn ? problems.dueOn : null}
      />
      <Field
        id={`${id}-reason`}
        label={t('coach.plan.reason')}
        hint={t('coach.plan.reasonHint')}
        value={reason}
        required
        onChange={(value) => {
          setReason(value);
          setTouched((was) => ({ ...was, reason: true }));
        }}
        problem={touched.reason ? problems.reason : null}
      />
      {error && (
        <p role="alert" className="failure">
          {errorText(error)}
        </p>
      )}
      <div className="coach-actions">
        <button type="submit" className="button primary" disabled={loading}>
          {t('coach.plan.saveDate')}
        </button>
        <button type="button" className="button quiet" onClick={onCancel}>
          {t('coach.common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function CompleteForm({
  candidateId,
  milestone,
  onDone,
  onCancel,
}: {
  candidateId: string;
  milestone: Milestone;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, errorText } = useI18n();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [complete, { loading, error }] = useMutation(COMPLETE);
  const problem = reasonProblem(reason, t);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem) return;
    const result = await complete({
      variables: { input: { candidateId, milestoneId: milestone.id, reason: reason.trim() } },
    }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form className="coach-inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <Field
        id={`complete-${milestone.id}-reason`}
        label={t('coach.plan.completeReason')}
        hint={t('coach.plan.reasonHint')}
        value={reason}
        required
        onChange={(value) => {
          setReason(value);
          setTouched(true);
        }}
        problem={touched ? problem : null}
      />
      {error && (
        <p role="alert" className="failure">
          {errorText(error)}
        </p>
      )}
      <div className="coach-actions">
        <button type="submit" className="button primary" disabled={loading}>
          {t('coach.plan.confirmComplete')}
        </button>
        <button type="button" className="button quiet" onClick={onCancel}>
          {t('coach.common.cancel')}
        </button>
      </div>
    </form>
  );
}
