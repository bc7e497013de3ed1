import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { OutboxWriter, createEvent } from '@passerelle/shared/messaging';
import {
  DirectoryChangeRepository,
  DirectoryRepository,
  SessionRepository,
  type CoachChangeProposalEntity,
} from '@passerelle/scheduling/data-access';
import { opsServes } from '@passerelle/scheduling/domain';
import { directoryChange } from '../../directory-audit';
import { DirectoryError, DirectoryErrorCode } from '../../directory.error';
import { SessionMoveOptions } from '../../session-move-options';
import { slotPayload } from '../../session-payload';
import type { ProposeCoachChangeCommand } from './propose-coach-change.command';

/**
 * Ops of the session's office offer the person another coach for a one-person session ahead: one
 * of the coaches free then (sessionsToMove's freeCoaches). Nothing changes until the person accepts;
 * a new proposal replaces the session's last one. CoachChangeProposed, in the same transaction,
 * has the notifier ask the person. The proposed coach's time is not held: if it is
 * taken before the person answers, accepting lapses and ops see it.
 */
@Injectable()
export class ProposeCoachChangeHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRepository,
    private readonly changes: DirectoryChangeRepository,
    private readonly sessions: SessionRepository,
    private readonly options: SessionMoveOptions,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: ProposeCoachChangeCommand): Promise<CoachChangeProposalEntity> {
    const now = this.clock.now();
    const session = await this.sessions.findSession(command.sessionId);
    if (!session || !session.officeId || identity.role !== 'ops' || !opsServes(identity, [session.officeId]))
      throw new DirectoryError(
        DirectoryErrorCode.SessionNotFound,
        `session ${command.sessionId} does not exist or is not yours`,
        { field: 'sessionId' },
      );
    if (session.status !== 'booked' || session.startsAt <= now)
      throw new DirectoryError(
        DirectoryErrorCode.SessionNotAhead,
        'the session is no longer booked and ahead',
        {
          field: 'sessionId',
        },
      );
    if (session.kind === 'group_workshop')
      throw new DirectoryError(
        DirectoryErrorCode.OnePersonSessionsOnly,
        'a workshop changes coach with rescheduleSession (coachId); its people are told',
        { field: 'sessionId' },
      );
    const people = (await this.sessions.listParticipants(session.id)).filter((p) => p.status === 'booked');
    const [person] = people;
    if (!person || people.length !== 1)
      throw new DirectoryError(
        DirectoryErrorCode.OnePersonSessionsOnly,
        'the session has no one person to ask',
        {
          field: 'sessionId',
        },
      );
    const office = await this.directory.findOffice(session.officeId);
    if (!office)
      throw new DirectoryError(DirectoryErrorCode.OfficeNotFound, `office ${session.officeId} is missing`);
    const track = await this.options.track(session, [person.candidateId]);
    const free = await this.options.freeCoaches(session, office, track);
    if (!free.some((coach) => coach.id === command.coachId))
      throw new DirectoryError(
        DirectoryErrorCode.CoachNotFree,
        `coach ${command.coachId} is not an active coach of the office and track free at that time`,
        { field: 'coachId' },
      );
    const proposal: CoachChangeProposalEntity = {
      sessionId: session.id,
      candidateId: person.candidateId,
      fromCoachId: session.coachId,
      toCoachId: command.coachId,
      status: 'pending',
      proposedBy: identity.subject,
      proposedAt: now,
      answeredAt: null,
    };
    await this.dataSource.transaction(async (manager) => {
      await this.changes.saveProposal(manager, proposal);
      // The person is told there is something to answer (the notifier writes to them).
      await this.outbox.append(manager, [
        createEvent('CoachChangeProposed.v1', person.candidateId, {
          ...slotPayload(session, person.candidateId),
          proposedCoachId: command.coachId,
          proposedAt: now.toISOString(),
        }),
      ]);
      await this.changes.record(
        manager,
        directoryChange(identity, 'session', session.id, 'coach_change_proposed', ['coachId'], now),
      );
    });
    return proposal;
  }
}
