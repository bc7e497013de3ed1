import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@passerelle/shared/auth';
import { DirectoryRepository } from '@passerelle/scheduling/data-access';
import { toCoachObject, type CoachObject } from './coach.object';
import { toRoomObject, type RoomObject } from './office.object';

/**
 * A session's coach and room (fields of the sessions area's CoachingSession): the directory
 * resolves every field that leads to one of its coaches or rooms, so their shape is written once.
 */
@Resolver('CoachingSession')
export class SessionPlaceResolver {
  constructor(private readonly directory: DirectoryRepository) {}

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
}
