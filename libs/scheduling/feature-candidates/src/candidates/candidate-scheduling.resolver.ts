import { Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import {
  AssignmentRepository,
  DirectoryRepository,
  SessionRepository,
} from '@passerelle/scheduling/data-access';
import {
  toCoachAssignmentObject,
  toCoachObject,
  toSessionObject,
  type CoachAssignmentObject,
  type CoachObject,
  type SessionObject,
} from '../common/objects';

/** The scheduling part of the federated Candidate: their sessions and their coach. */
@Resolver('Candidate')
export class CandidateSchedulingResolver {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly assignments: AssignmentRepository,
    private readonly directory: DirectoryRepository,
    private readonly scopes: CandidateScopeRepository,
  ) {}

  @ResolveReference()
  @Roles('candidate', 'coach', 'ops')
  resolveReference(reference: { id: string }): { id: string } {
    return { id: reference.id };
  }

  @ResolveField('sessions')
  @Roles('candidate', 'coach', 'ops')
  async candidateSessions(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionObject[]> {
    if (!(await this.readable(identity, candidate.id))) return [];
    return (await this.sessions.listForCandidate(candidate.id)).map(toSessionObject);
  }

  @ResolveField('coach')
  @Roles('candidate', 'coach', 'ops')
  async coach(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<CoachObject | null> {
    if (!(await this.readable(identity, candidate.id))) return null;
    const assignment = await this.assignments.currentAssignmentOf(candidate.id);
    const coach = assignment && (await this.directory.findCoach(assignment.coachId));
    return coach ? toCoachObject(coach) : null;
  }

  /** How the coach was chosen: for the coach and ops, not the person (it names other coaches). */
  @ResolveField('coachAssignment')
  @Roles('candidate', 'coach', 'ops')
  async coachAssignment(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<CoachAssignmentObject | null> {
    if (identity.role === 'candidate' || !(await this.readable(identity, candidate.id))) return null;
    const assignment = await this.assignments.currentAssignmentOf(candidate.id);
    return assignment && toCoachAssignmentObject(assignment);
  }

  private async readable(identity: Identity, candidateId: string): Promise<boolean> {
    const scope = await this.scopes.find(candidateId);
    return scope !== null && canReadCandidate(identity, scope);
  }
}
