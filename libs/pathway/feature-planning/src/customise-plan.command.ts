import type { Identity } from '@passerelle/shared/auth';

/** A coach's (or ops') change to a person's plan; each carries the reason, kept in the history. */
interface CustomisationBase {
  candidateId: string;
  reason: string;
  actor: Identity;
  now: Date;
}

export type CustomisePlanCommand =
  | (CustomisationBase & {
      type: 'add';
      phase: string;
      kind: string;
      title: string;
      dueOn: string;
      sessionKind: string | null;
      instrumentCode: string | null;
      dependsOn: string[];
      afterMilestoneId: string | null;
    })
  | (CustomisationBase & { type: 'remove'; milestoneId: string })
  | (CustomisationBase & { type: 'reorder'; milestoneIds: string[] })
  | (CustomisationBase & { type: 'redate'; milestoneId: string; dueOn: string })
  | (CustomisationBase & { type: 'complete'; milestoneId: string });
