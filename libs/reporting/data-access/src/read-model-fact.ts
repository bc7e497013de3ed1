import type { CandidateStatus, OutcomeCategory } from '@passerelle/shared/contracts';
import type { OfferDecision, ProgrammeFacts } from '@passerelle/reporting/domain';
import type { EnrolmentFacts, SessionState } from './reporting.repository';

type Terms = ProgrammeFacts & { status: string; type?: string; startDate?: string; durationMonths?: number };
export type JourneyFact =
  | { kind: 'diagnosed' | 'coach_assigned' | 'pathway_completed'; at: Date }
  | { kind: 'at_risk'; atRisk: boolean }
  | { kind: 'milestone_reached' | 'assessment_completed' };

/** What one event tells the read model (an event may tell two things: a coach assigned). */
export type ReadModelFact =
  | { kind: 'programme'; terms: Terms; termsAt: Date }
  | { kind: 'enrolment'; enrolment: EnrolmentFacts }
  | { kind: 'journey'; candidateId: string; fact: JourneyFact }
  | {
      kind: 'coach_assignment';
      eventId: string;
      candidateId: string;
      coachId: string;
      officeId: string | null;
      assignedAt: Date;
    }
  | { kind: 'status_change'; eventId: string; candidateId: string; to: CandidateStatus; changedAt: Date }
  | {
      kind: 'outcome';
      outcomeId: string;
      candidateId: string;
      category: OutcomeCategory;
      outcomeDate: string;
      recordedAt: Date;
    }
  | {
      kind: 'valid_job_offer';
      validJobOfferId: string;
      candidateId: string;
      decision: OfferDecision;
      loggedAt: Date;
    }
  | {
      kind: 'session';
      sessionId: string;
      candidateId: string;
      startsAt: Date;
      coachId: string | null;
      state: SessionState;
      at: Date;
    }
  | { kind: 'erasure'; candidateId: string; erasedAt: Date };

export type FactOf<K extends ReadModelFact['kind']> = Extract<ReadModelFact, { kind: K }>;
