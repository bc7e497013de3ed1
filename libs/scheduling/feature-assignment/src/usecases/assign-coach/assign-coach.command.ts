import type { AssignmentTrigger } from '@passerelle/scheduling/domain';

/** Find a coach for a person, on an event that may change who fits them. */
export interface AssignCoachCommand {
  candidateId: string;
  trigger: AssignmentTrigger;
}
