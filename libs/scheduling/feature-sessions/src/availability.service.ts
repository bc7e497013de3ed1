import { Injectable } from '@nestjs/common';
import type { SessionMode } from '@passerelle/shared/contracts';
import {
  DirectoryRepository,
  SessionRepository,
  type CoachEntity,
  type OfficeEntity,
} from '@passerelle/scheduling/data-access';
import {
  coachSearchRules,
  NEXT_SLOTS_COUNT,
  NEXT_SLOTS_HORIZON_DAYS,
  officeHolidays,
  searchTeamSlots,
  yearsSpanned,
  type CoachSlot,
  type Interval,
  type SlotSearchRules,
} from '@passerelle/scheduling/domain';

export interface AvailabilityRequest {
  range: Interval;
  mode: SessionMode;
  durationMinutes: number;
  now: Date;
  /** False to check the rules alone (hours, holidays, absences, notice) and let the database decide collisions. */
  withSessions: boolean;
}

/** Loads what the slot search needs (hours, holidays, absences, sessions) and runs it. */
@Injectable()
export class AvailabilityService {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly sessions: SessionRepository,
  ) {}

  /** Search rules for each coach, read in the given office (its zone, hours, holidays, buffer, notice). */
  async rulesFor(
    coaches: readonly CoachEntity[],
    office: OfficeEntity,
    query: AvailabilityRequest,
  ): Promise<Map<string, SlotSearchRules>> {
    const ids = coaches.map((coach) => coach.id);
    const [absences, busy] = await Promise.all([
      this.directory.listExceptions(ids, query.range.start, query.range.end),
      query.withSessions
        ? this.sessions.busyCoachTime(
            ids,
            new Date(query.range.start.getTime() - 86_400_000),
            query.range.end,
          )
        : Promise.resolve([]),
    ]);
    const holidays = officeHolidays(office, yearsSpanned(query.range, office.timeZone));
    return new Map(
      coaches.map((coach) => [
        coach.id,
        coachSearchRules(coach, office, query, {
          holidays,
          sessions: busy.filter((b) => b.coachId === coach.id),
          absences: absences
            .filter((a) => a.coachId === coach.id)
            .map((a) => ({ start: a.startsAt, end: a.endsAt })),
        }),
      ]),
    );
  }

  async rulesForCoach(
    coach: CoachEntity,
    office: OfficeEntity,
    query: AvailabilityRequest,
  ): Promise<SlotSearchRules> {
    const rules = (await this.rulesFor([coach], office, query)).get(coach.id);
    if (!rules) throw new Error(`no search rules for coach ${coach.id}`);
    return rules;
  }

  async slots(
    coaches: readonly CoachEntity[],
    office: OfficeEntity,
    query: AvailabilityRequest,
  ): Promise<CoachSlot[]> {
    const rules = await this.rulesFor(coaches, office, query);
    return searchTeamSlots(
      query.range,
      query.now,
      coaches.flatMap((coach) => {
        const coachRules = rules.get(coach.id);
        return coachRules ? [{ coachId: coach.id, rules: coachRules }] : [];
      }),
    );
  }

  /** The next free slots of a coach after a lost race, so the caller can pick another at once. */
  async nextFreeSlots(
    coach: CoachEntity,
    office: OfficeEntity,
    after: Date,
    mode: SessionMode,
    durationMinutes: number,
    now: Date,
  ): Promise<CoachSlot[]> {
    const range = { start: after, end: new Date(after.getTime() + NEXT_SLOTS_HORIZON_DAYS * 86_400_000) };
    const slots = await this.slots([coach], office, {
      range,
      mode,
      durationMinutes,
      now,
      withSessions: true,
    });
    return slots.slice(0, NEXT_SLOTS_COUNT);
  }
}
