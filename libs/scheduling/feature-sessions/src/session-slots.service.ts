import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import type { Identity } from '@passerelle/shared/auth';
import type { SessionMode } from '@passerelle/shared/contracts';
import {
  DirectoryRepository,
  type CoachEntity,
  type OfficeEntity,
  type ResourceHold,
  type SessionEntity,
} from '@passerelle/scheduling/data-access';
import { minutesBetween, slotRuleBreach } from '@passerelle/scheduling/domain';
import { AvailabilityService } from './availability.service';
import { SessionError, SessionErrorCode } from './session.error';
import { exclusionViolation } from './exclusion-violation';

/**
 * What booking, rescheduling and joining share: the holds a session takes, the rules a person books
 * within, and a lost race's answer.
 */
@Injectable()
export class SessionSlots {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly availability: AvailabilityService,
    private readonly clock: Clock,
  ) {}

  /** The coach holds the session plus the office buffer after it; the room and each person the session. */
  holds(
    session: Pick<SessionEntity, 'coachId' | 'roomId' | 'startsAt' | 'endsAt'>,
    candidateIds: readonly string[],
    bufferMinutes: number,
  ): ResourceHold[] {
    const { startsAt: start, endsAt: end } = session;
    return [
      {
        resourceKind: 'coach',
        resourceId: session.coachId,
        start,
        end: new Date(end.getTime() + bufferMinutes * 60_000),
      },
      ...(session.roomId ? [{ resourceKind: 'room' as const, resourceId: session.roomId, start, end }] : []),
      ...candidateIds.map((candidateId) => ({
        resourceKind: 'candidate' as const,
        resourceId: candidateId,
        start,
        end,
      })),
    ];
  }

  /**
   * Coaches and ops may place a session anywhere free; a person only within the rules: working and
   * opening hours, holidays, absences, notice. Collisions are left to the database.
   */
  async requireWithinRules(
    identity: Identity,
    coach: CoachEntity,
    office: OfficeEntity,
    session: Pick<SessionEntity, 'startsAt' | 'endsAt' | 'mode'>,
    now: Date,
  ): Promise<void> {
    if (identity.role !== 'candidate') return;
    const range = { start: session.startsAt, end: session.endsAt };
    const rules = await this.availability.rulesForCoach(coach, office, {
      range,
      mode: session.mode,
      durationMinutes: minutesBetween(session.startsAt, session.endsAt),
      now,
      withSessions: false,
    });
    const breach = slotRuleBreach(range, now, rules);
    if (breach)
      throw new SessionError(
        SessionErrorCode.OutsideBookingRules,
        `this slot cannot be self-booked: ${breach}`,
        { rule: breach, field: 'startsAt' },
      );
  }

  async office(officeId: string): Promise<OfficeEntity> {
    const office = await this.directory.findOffice(officeId);
    if (!office) throw new SessionError(SessionErrorCode.OfficeNotFound, `office ${officeId} does not exist`);
    return office;
  }

  /**
   * Runs a write that takes holds; if PostgreSQL refuses an overlapping hold (the transaction has
   * rolled back by then), answers SLOT_TAKEN with the coach's next free slots instead of a 500.
   */
  async orSlotTaken<T>(
    write: () => Promise<T>,
    context: {
      coach: CoachEntity;
      office: OfficeEntity;
      startsAt: Date;
      mode: SessionMode;
      durationMinutes: number;
    },
  ): Promise<T> {
    try {
      return await writeRetryingDeadlocks(write);
    } catch (error) {
      const violation = exclusionViolation(error);
      if (!violation) throw error;
      const next = await this.availability.nextFreeSlots(
        context.coach,
        context.office,
        context.startsAt,
        context.mode,
        context.durationMinutes,
        this.clock.now(),
      );
      throw new SessionError(
        SessionErrorCode.SlotTaken,
        `this ${violation.resource === 'candidate' ? 'person' : violation.resource} is already booked at that time`,
        {
          resource: violation.resource,
          nextSlots: next.map((slot) => ({
            startsAt: slot.start.toISOString(),
            endsAt: slot.end.toISOString(),
            coachId: slot.coachId,
          })),
        },
      );
    }
  }
}

// Generous: 64 people racing for one room on a loaded machine exhausted 5, then 12 tries with
// linear waits (then a masked internal error instead of SLOT_TAKEN). Waits now double, with
// jitter, up to a second: racers spread out instead of deadlocking again in step.
const DEADLOCK_RETRIES = 20;
const DEADLOCK_WAIT_CAP_MS = 1000;

/**
 * Concurrent inserts into exclusion-constrained tables can deadlock on each other's index entries
 * (40P01); PostgreSQL then aborts one. Run again, it either wins or meets the winner's hold as a
 * plain exclusion violation, so a lost race still ends as SLOT_TAKEN, never as an error.
 */
async function writeRetryingDeadlocks<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isDeadlock(error) || attempt >= DEADLOCK_RETRIES) throw error;
      const wait = Math.random() * Math.min(DEADLOCK_WAIT_CAP_MS, 10 * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

function isDeadlock(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string } }).driverError ?? error;
  const code = (driver as { code?: string }).code;
  return code === '40P01' || code === '40001';
}
