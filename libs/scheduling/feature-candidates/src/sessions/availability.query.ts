import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { z } from 'zod';
import { SESSION_KINDS, SESSION_MODES, TRACKS } from '@passerelle/shared/contracts';
import { type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { DirectoryRepository, type CoachEntity } from '@passerelle/scheduling/data-access';
import type { CoachSlot } from '@passerelle/scheduling/domain';
import { homeOffice, opsServes } from '../common/access';
import { fromGraphQLEnum } from '../common/graphql-enums';
import { parseInput } from '../common/parse-input';
import { AvailabilityService } from './availability.service';
import { SessionError, SessionErrorCode } from './session.error';
import { DEFAULT_DURATION_MINUTES } from './session-rules';

const MAX_RANGE_DAYS = 62;

export const availabilityQuerySchema = z
  .object({
    coachId: z.uuid('coachId must be a coach id').nullish(),
    officeId: z.uuid('officeId must be an office id').nullish(),
    from: z.date(),
    to: z.date(),
    kind: fromGraphQLEnum(SESSION_KINDS),
    mode: fromGraphQLEnum(SESSION_MODES),
    durationMinutes: z.number().int().min(15).max(480).nullish(),
    track: fromGraphQLEnum(TRACKS).nullish(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'language must be an ISO 639-1 code')
      .nullish(),
  })
  .superRefine((query, context) => {
    if (!query.coachId && !query.officeId)
      context.addIssue({ code: 'custom', path: ['coachId'], message: 'name a coach or an office' });
    if (query.to <= query.from)
      context.addIssue({ code: 'custom', path: ['to'], message: 'to must be after from' });
    else if (query.to.getTime() - query.from.getTime() > MAX_RANGE_DAYS * 86_400_000)
      context.addIssue({ code: 'custom', path: ['to'], message: `at most ${MAX_RANGE_DAYS} days at once` });
  });

/** Free slots of one coach, or of every eligible coach of an office, for whoever may see them. */
@Injectable()
export class AvailabilityQuery {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly scopes: CandidateScopeRepository,
    private readonly availability: AvailabilityService,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, input: unknown, now = this.clock.now()): Promise<CoachSlot[]> {
    const query = parseInput(availabilityQuerySchema, input);
    const durationMinutes = query.durationMinutes ?? DEFAULT_DURATION_MINUTES[query.kind];
    let coaches: CoachEntity[];
    let officeId: string;
    if (query.coachId) {
      const coach = await this.directory.findCoach(query.coachId);
      if (!coach || !(await this.maySeeCoach(identity, coach)))
        throw new SessionError(
          SessionErrorCode.CoachNotFound,
          `coach ${query.coachId} is unknown or not yours`,
          {
            field: 'coachId',
          },
        );
      coaches = [coach];
      officeId =
        query.officeId && coach.officeIds.includes(query.officeId) ? query.officeId : homeOffice(coach);
    } else {
      if (!query.officeId) throw new SessionError(SessionErrorCode.InvalidInput, 'name a coach or an office');
      officeId = query.officeId;
      if (!(await this.maySeeOffice(identity, officeId)))
        throw new SessionError(
          SessionErrorCode.OfficeNotFound,
          `office ${officeId} is unknown or not yours`,
          {
            field: 'officeId',
          },
        );
      coaches = (await this.directory.listCoachesOfOffice(officeId)).filter(
        (coach) =>
          coach.active &&
          (!query.track || coach.specialties.includes(query.track)) &&
          (!query.language || coach.languages.includes(query.language)),
      );
    }
    const office = await this.directory.findOffice(officeId);
    if (!office) throw new SessionError(SessionErrorCode.OfficeNotFound, `office ${officeId} does not exist`);
    return this.availability.slots(coaches, office, {
      range: { start: query.from, end: query.to },
      mode: query.mode,
      durationMinutes,
      now,
      withSessions: true,
    });
  }

  private async maySeeCoach(identity: Identity, coach: CoachEntity): Promise<boolean> {
    switch (identity.role) {
      case 'candidate':
        return (await this.scopes.find(identity.candidateId))?.coachId === coach.id;
      case 'coach':
        return identity.coachId === coach.id;
      case 'ops':
        return opsServes(identity, coach.officeIds);
      case 'sponsor':
        return false;
    }
  }

  private async maySeeOffice(identity: Identity, officeId: string): Promise<boolean> {
    switch (identity.role) {
      case 'candidate':
        return (await this.scopes.find(identity.candidateId))?.officeIds.includes(officeId) ?? false;
      case 'coach':
        return identity.officeIds.includes(officeId);
      case 'ops':
        return opsServes(identity, [officeId]);
      case 'sponsor':
        return false;
    }
  }
}
