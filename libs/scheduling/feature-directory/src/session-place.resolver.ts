import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@passerelle/shared/auth';
import { DirectoryChangeRepository, DirectoryRepository } from '@passerelle/scheduling/data-access';
import { toProposalObject, type CoachChangeProposalObject } from './coach-change-proposal.object';
import { toCoachObject, type CoachObject } from './coach.object';
import { toRoomObject, type RoomObject } from './office.object';

/**
 * A session's coach and room (fields of the sessions area's CoachingSession): the directory
 * resolves every field that leads to one of its coaches or rooms, so their shape is written once.
 */
@Resolver('CoachingSession')
export class SessionPlaceResolver {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly changes: DirectoryChangeRepository,
  ) {}

  @ResolveField('coach')
  @Roles('candidate', 'coach', 'ops')
  async coach(@Parent() session: { id: string; coachId: string }): Promise<CoachObject> {
    const coach = await this.directory.findCoach(session.coachId);
    if (!coach) throw new Error(`coach ${session.coachId} of session ${session.id} is missing`);
    return toCoachObject(coach);
  }

  @ResolveField('room')
  @Roles('candidate', 'coach', 'ops')
  async room(@Parent() session: { roomId: string | null }): Promise<RoomObject | null> {
    const room = session.roomId ? await this.directory.findRoom(session.roomId) : null;
    return room && toRoomObject(room);
  }

  /** The latest coach change offered; whoever sees the session (its person, coach, ops) sees it. */
  @ResolveField('coachChangeProposal')
  @Roles('candidate', 'coach', 'ops')
  async coachChangeProposal(@Parent() session: { id: string }): Promise<CoachChangeProposalObject | null> {
    const row = await this.changes.findProposal(session.id);
    return row && toProposalObject(row);
  }
}
