import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import { DirectoryRepository } from '@passerelle/scheduling/data-access';
import type { SessionToMove } from '@passerelle/scheduling/graphql-types';
import { toProposalObject, type CoachChangeProposalObject } from './coach-change-proposal.object';
import { toCoachObject, type CoachObject } from './coach.object';
import { invalidDirectoryInput } from './directory.error';
import { toRoomObject, type RoomObject } from './office.object';
import { toSessionParent, type SessionParent } from './session-payload';
import { answerCoachChangeCommandSchema } from './usecases/answer-coach-change/answer-coach-change.command';
import { AnswerCoachChangeHandler } from './usecases/answer-coach-change/answer-coach-change.handler';
import { listSessionsToMoveQuerySchema } from './usecases/list-sessions-to-move/list-sessions-to-move.query';
import { ListSessionsToMoveHandler } from './usecases/list-sessions-to-move/list-sessions-to-move.handler';
import { proposeCoachChangeCommandSchema } from './usecases/propose-coach-change/propose-coach-change.command';
import { ProposeCoachChangeHandler } from './usecases/propose-coach-change/propose-coach-change.handler';

type SessionToMoveObject = Omit<
  SessionToMove,
  'session' | 'freeRooms' | 'freeCoaches' | 'coachChangeProposal'
> & {
  session: SessionParent;
  freeRooms: RoomObject[];
  freeCoaches: CoachObject[];
  coachChangeProposal: CoachChangeProposalObject | null;
};

/**
 * Moving the sessions of a room or coach being deactivated: what remains and where it could go
 * (ops), another coach offered (ops) and the person's answer.
 */
@Resolver('CoachChangeProposal')
export class SessionMoveResolver {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly listHandler: ListSessionsToMoveHandler,
    private readonly proposeHandler: ProposeCoachChangeHandler,
    private readonly answerHandler: AnswerCoachChangeHandler,
  ) {}

  @Query('sessionsToMove')
  @Roles('ops')
  async sessionsToMove(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionToMoveObject[]> {
    const query = parseInput(listSessionsToMoveQuerySchema, input, invalidDirectoryInput);
    return (await this.listHandler.execute(identity, query)).map((view) => ({
      session: toSessionParent(view.session),
      freeRooms: view.freeRooms.map(toRoomObject),
      freeCoaches: view.freeCoaches.map(toCoachObject),
      coachChangeProposal: view.proposal && toProposalObject(view.proposal),
    }));
  }

  @Mutation('proposeCoachChange')
  @Roles('ops')
  async proposeCoachChange(
    @Args('sessionId') sessionId: string,
    @Args('coachId') coachId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<CoachChangeProposalObject> {
    const command = parseInput(
      proposeCoachChangeCommandSchema,
      { sessionId, coachId },
      invalidDirectoryInput,
    );
    return toProposalObject(await this.proposeHandler.execute(identity, command));
  }

  @Mutation('answerCoachChange')
  @Roles('candidate')
  async answerCoachChange(
    @Args('sessionId') sessionId: string,
    @Args('accept') accept: boolean,
    @CurrentIdentity() identity: Identity,
  ): Promise<CoachChangeProposalObject> {
    const command = parseInput(answerCoachChangeCommandSchema, { sessionId, accept }, invalidDirectoryInput);
    return toProposalObject(await this.answerHandler.execute(identity, command));
  }

  @ResolveField('coach')
  @Roles('candidate', 'coach', 'ops')
  async coach(@Parent() proposal: CoachChangeProposalObject): Promise<CoachObject> {
    const coach = await this.directory.findCoach(proposal.coachId);
    if (!coach) throw new Error(`coach ${proposal.coachId} of a proposal is missing`);
    return toCoachObject(coach);
  }
}
