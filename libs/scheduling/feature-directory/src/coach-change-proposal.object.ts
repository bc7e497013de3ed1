import type { CoachChangeProposalEntity } from '@passerelle/scheduling/data-access';
import type { CoachChangeProposal } from '@passerelle/scheduling/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

/** A proposal as GraphQL shows it; its coach is resolved from the id. */
export type CoachChangeProposalObject = Omit<CoachChangeProposal, 'coach'> & { coachId: string };

export const toProposalObject = (row: CoachChangeProposalEntity): CoachChangeProposalObject => ({
  sessionId: row.sessionId,
  coachId: row.toCoachId,
  previousCoachId: row.fromCoachId,
  status: toGraphQLEnum(row.status),
  proposedAt: row.proposedAt,
  answeredAt: row.answeredAt,
});
