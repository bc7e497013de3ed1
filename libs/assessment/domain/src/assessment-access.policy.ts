import type { AssessmentStatus } from './assessment-lifecycle';

export type ReaderRole = 'candidate' | 'coach' | 'ops' | 'sponsor' | 'committee';

/**
 * The part of a caller the rules look at: their role, and whether the platform's rule on
 * individual records (the person, their coach, ops of their offices) lets them read this person.
 */
export interface AssessmentReader {
  role: ReaderRole;
  readsPerson: boolean;
}

/**
 * Who sees what of a person's assessments. Online tests open a conversation with a coach: the
 * person sees their results once the coach has debriefed them; the coach sees them as soon as
 * they are scored; ops see that sessions exist and counts, never answers or results; a sponsor
 * never sees anything individual.
 */
export type AssessmentView = 'none' | 'status' | 'answers' | 'results' | 'coach';

export function assessmentViewOf(reader: AssessmentReader, status: AssessmentStatus): AssessmentView {
  if (!reader.readsPerson) return 'none';
  switch (reader.role) {
    case 'coach':
      return 'coach';
    case 'candidate':
      return status === 'released' ? 'results' : 'answers';
    case 'ops':
      return 'status';
    case 'sponsor':
    case 'committee':
      return 'none';
  }
}

export const canSeeAnswers = (view: AssessmentView) =>
  view === 'answers' || view === 'results' || view === 'coach';
export const canSeeResults = (view: AssessmentView) => view === 'results' || view === 'coach';
export const canSeeCoachNotes = (view: AssessmentView) => view === 'coach';

/** The person answers their own sessions; no one answers for them. */
export const isThePerson = (caller: { role: ReaderRole; candidateId?: string }, candidateId: string) =>
  caller.role === 'candidate' && caller.candidateId === candidateId;

/** Only the person's own coach assigns and debriefs. */
export const isTheirCoach = (reader: AssessmentReader) => reader.role === 'coach' && reader.readsPerson;
