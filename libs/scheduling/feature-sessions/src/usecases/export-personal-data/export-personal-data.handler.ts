import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import {
  servicePersonalData,
  type PersonalDataRequest,
  type ServicePersonalData,
} from '@passerelle/shared/contracts';
import { SchedulingPersonalDataRepository } from '@passerelle/scheduling/data-access';

/**
 * What scheduling holds about one person, for intake's export (GDPR articles 15 and 20; decision
 * 0022): the profile used to assign a coach, the assignments, the person's sessions and workshop places (never another participant), and the reminders.
 */
@Injectable()
export class ExportPersonalDataHandler {
  constructor(
    private readonly personalData: SchedulingPersonalDataRepository,
    private readonly clock: Clock,
  ) {}

  async execute(request: PersonalDataRequest): Promise<ServicePersonalData> {
    const sections = await this.personalData.sections(request.candidateId);
    return servicePersonalData('scheduling', request.candidateId, this.clock.now(), sections);
  }
}
