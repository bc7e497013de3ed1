import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import {
  AssignmentRepository,
  DirectoryRepository,
  SessionRepository,
} from '@passerelle/scheduling/data-access';
import {
  calendarRangeFits,
  CALENDAR_MAX_DAYS,
  canManageCoach,
  mayReadSessionCounts,
  sessionAccess,
  toSessionCounts,
  type SessionCountObject,
} from '@passerelle/scheduling/domain';
import { invalidSessionInput, SessionError, SessionErrorCode } from './session.error';
import {
  toOpenWorkshopObject,
  toSessionObject,
  type OpenWorkshopObject,
  type SessionObject,
} from './session.object';
import { bookSessionCommandSchema } from './usecases/book-session/book-session.command';
import { BookSessionHandler } from './usecases/book-session/book-session.handler';
import { cancelSessionCommandSchema } from './usecases/cancel-session/cancel-session.command';
import { CancelSessionHandler } from './usecases/cancel-session/cancel-session.handler';
import { findOpenWorkshopsQuerySchema } from './usecases/find-open-workshops/find-open-workshops.query';
import { FindOpenWorkshopsHandler } from './usecases/find-open-workshops/find-open-workshops.handler';
import { FindAvailableSlotsHandler } from './usecases/find-available-slots/find-available-slots.handler';
import { findAvailableSlotsQuerySchema } from './usecases/find-available-slots/find-available-slots.query';
import { createWorkshopCommandSchema } from './usecases/create-workshop/create-workshop.command';
import { CreateWorkshopHandler } from './usecases/create-workshop/create-workshop.handler';
import { editWorkshopCommandSchema } from './usecases/edit-workshop/edit-workshop.command';
import { EditWorkshopHandler } from './usecases/edit-workshop/edit-workshop.handler';
import { joinWorkshopCommandSchema } from './usecases/join-workshop/join-workshop.command';
import { JoinWorkshopHandler } from './usecases/join-workshop/join-workshop.handler';
import { leaveWorkshopCommandSchema } from './usecases/leave-workshop/leave-workshop.command';
import { LeaveWorkshopHandler } from './usecases/leave-workshop/leave-workshop.handler';
import { RecordAttendanceHandler } from './usecases/record-attendance/record-attendance.handler';
import { rescheduleSessionCommandSchema } from './usecases/reschedule-session/reschedule-session.command';
import { RescheduleSessionHandler } from './usecases/reschedule-session/reschedule-session.handler';

@Resolver('CoachingSession')
export class SessionResolver {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly directory: DirectoryRepository,
    private readonly assignments: AssignmentRepository,
    private readonly availability: FindAvailableSlotsHandler,
    private readonly bookSessionHandler: BookSessionHandler,
    private readonly joinWorkshopHandler: JoinWorkshopHandler,
    private readonly openWorkshopsHandler: FindOpenWorkshopsHandler,
    private readonly leaveWorkshopHandler: LeaveWorkshopHandler,
    private readonly rescheduleHandler: RescheduleSessionHandler,
    private readonly cancelHandler: CancelSessionHandler,
    private readonly attendance: RecordAttendanceHandler,
    private readonly createWorkshopHandler: CreateWorkshopHandler,
    private readonly editWorkshopHandler: EditWorkshopHandler,
  ) {}

  @Query('availableSlots')
  @Roles('candidate', 'coach', 'ops')
  async availableSlots(@Args('input') input: unknown, @CurrentIdentity() identity: Identity) {
    const query = parseInput(findAvailableSlotsQuerySchema, input, invalidSessionInput);
    return (await this.availability.execute(identity, query)).map((slot) => ({
      startsAt: slot.start,
      endsAt: slot.end,
      coachId: slot.coachId,
    }));
  }

  @Query('session')
  @Roles('candidate', 'coach', 'ops')
  async session(
    @Args('id') id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionObject | null> {
    const session = await this.sessions.findSession(id);
    if (!session) return null;
    const [coach, participants] = await Promise.all([
      this.directory.findCoach(session.coachId),
      this.sessions.listParticipants(id),
    ]);
    return sessionAccess(identity, session, coach, participants) ? toSessionObject(session) : null;
  }

  @Query('coachCalendar')
  @Roles('coach', 'ops')
  async coachCalendar(
    @Args('coachId') coachId: string,
    @Args('from') from: Date,
    @Args('to') to: Date,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionObject[]> {
    if (!calendarRangeFits(from, to))
      throw new SessionError(
        SessionErrorCode.InvalidInput,
        `to: the calendar shows from 1 minute to ${CALENDAR_MAX_DAYS} days at once, after from`,
        { field: 'to' },
      );
    const coach = await this.directory.findCoach(coachId);
    if (!coach || !canManageCoach(identity, coach)) return [];
    return (await this.sessions.listForCoach(coachId, from, to)).map(toSessionObject);
  }

  @Query('openWorkshops')
  @Roles('candidate', 'coach', 'ops')
  async openWorkshops(
    @Args('candidateId') candidateId: string,
    @Args('topic') topic: string | null,
    @Args('language') language: string | null,
    @CurrentIdentity() identity: Identity,
  ): Promise<OpenWorkshopObject[]> {
    const query = parseInput(
      findOpenWorkshopsQuerySchema,
      { candidateId, topic, language },
      invalidSessionInput,
    );
    return (await this.openWorkshopsHandler.execute(identity, query)).map(toOpenWorkshopObject);
  }

  /** Aggregates only: how many sessions of each status the programme's people had. */
  @Query('sessionCounts')
  @Roles('sponsor', 'ops')
  async sessionCounts(
    @Args('programmeId') programmeId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionCountObject[]> {
    const programme = await this.assignments.programmeOwnership(programmeId);
    if (!programme || !mayReadSessionCounts(identity, programme)) return [];
    return toSessionCounts(identity.role, await this.sessions.countsForProgramme(programmeId));
  }

  @ResolveField('seatsTaken')
  @Roles('candidate', 'coach', 'ops')
  async seatsTaken(@Parent() session: SessionObject): Promise<number> {
    return (await this.sessions.listParticipants(session.id)).filter((p) => p.status !== 'cancelled').length;
  }

  /** Ops and the coach see everyone in the session; a person only themself. */
  @ResolveField('candidateIds')
  @Roles('candidate', 'coach', 'ops')
  async candidateIds(
    @Parent() session: SessionObject,
    @CurrentIdentity() identity: Identity,
  ): Promise<string[]> {
    const ids = (await this.sessions.listParticipants(session.id)).map((p) => p.candidateId);
    return identity.role === 'candidate' ? ids.filter((id) => id === identity.candidateId) : ids;
  }

  @Mutation('bookSession')
  @Roles('candidate', 'coach', 'ops')
  async bookSession(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionObject> {
    const command = parseInput(bookSessionCommandSchema, input, invalidSessionInput);
    return toSessionObject(await this.bookSessionHandler.execute(identity, command));
  }

  @Mutation('createWorkshop')
  @Roles('ops')
  async createWorkshop(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionObject> {
    const command = parseInput(createWorkshopCommandSchema, input, invalidSessionInput);
    return toSessionObject(await this.createWorkshopHandler.execute(identity, command));
  }

  @Mutation('editWorkshop')
  @Roles('ops')
  async editWorkshop(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionObject> {
    const command = parseInput(editWorkshopCommandSchema, input, invalidSessionInput);
    return toSessionObject(await this.editWorkshopHandler.execute(identity, command));
  }

  /** Deprecated for signUpForWorkshop: a seat, or WORKSHOP_FULL. */
  @Mutation('joinWorkshop')
  @Roles('candidate', 'coach', 'ops')
  async joinWorkshop(
    @Args('sessionId') sessionId: string,
    @Args('candidateId') candidateId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionObject> {
    const command = parseInput(joinWorkshopCommandSchema, { sessionId, candidateId }, invalidSessionInput);
    return toSessionObject((await this.joinWorkshopHandler.execute(identity, command, false)).session);
  }

  @Mutation('signUpForWorkshop')
  @Roles('candidate', 'coach', 'ops')
  async signUpForWorkshop(
    @Args('sessionId') sessionId: string,
    @Args('candidateId') candidateId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<OpenWorkshopObject> {
    const command = parseInput(joinWorkshopCommandSchema, { sessionId, candidateId }, invalidSessionInput);
    return toOpenWorkshopObject(await this.joinWorkshopHandler.execute(identity, command));
  }

  @Mutation('leaveWorkshop')
  @Roles('candidate', 'ops')
  async leaveWorkshop(
    @Args('sessionId') sessionId: string,
    @Args('candidateId') candidateId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionObject> {
    const command = parseInput(leaveWorkshopCommandSchema, { sessionId, candidateId }, invalidSessionInput);
    return toSessionObject(await this.leaveWorkshopHandler.execute(identity, command));
  }

  @Mutation('rescheduleSession')
  @Roles('candidate', 'coach', 'ops')
  async rescheduleSession(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionObject> {
    const command = parseInput(rescheduleSessionCommandSchema, input, invalidSessionInput);
    return toSessionObject(await this.rescheduleHandler.execute(identity, command));
  }

  @Mutation('cancelSession')
  @Roles('candidate', 'coach', 'ops')
  async cancelSession(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionObject> {
    const command = parseInput(cancelSessionCommandSchema, input, invalidSessionInput);
    return toSessionObject(await this.cancelHandler.execute(identity, command));
  }

  @Mutation('completeSession')
  @Roles('coach', 'ops')
  async completeSession(
    @Args('sessionId') sessionId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionObject> {
    return toSessionObject(await this.attendance.complete(identity, { sessionId }));
  }

  @Mutation('markNoShow')
  @Roles('coach', 'ops')
  async markNoShow(
    @Args('sessionId') sessionId: string,
    @Args('candidateIds') candidateIds: string[] | null,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionObject> {
    return toSessionObject(
      await this.attendance.noShow(identity, { sessionId, candidateIds: candidateIds ?? null }),
    );
  }
}
