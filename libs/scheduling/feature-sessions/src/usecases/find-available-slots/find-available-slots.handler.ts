import { Injectable } from '@nestjs/common';
import { type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { Clock } from '@passerelle/shared/clock';
import { DirectoryRepository, type CoachEntity } from '@passerelle/scheduling/data-access';
import { homeOffice, opsServes, sessionMinutes, type CoachSlot } from '@passerelle/scheduling/domain';
import { AvailabilityService } from '../../availability.service';
import { SessionError, SessionErrorCode } from '../../session.error';
import type { FindAvailableSlotsQuery } from './find-available-slots.query';

/** Free slots of one coach, or of every eligible coach of an office, for whoever may see them. */
@Injectable()
export class FindAvailableSlotsHandler {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly scopes: CandidateScopeRepository,
    private readonly availability: AvailabilityService,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, query: FindAvailableSlotsQuery): Promise<CoachSlot[]> {
    const now = this.clock.now();
    const durationMinutes = sessionMinutes(query.kind, query.durationMinutes);
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
      case 'committee':
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
      case 'committee':
        return false;
    }
  }
}
