import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import {
  servicePersonalData,
  type PersonalDataRequest,
  type ServicePersonalData,
} from '@passerelle/shared/contracts';
import { PathwayPersonalDataRepository } from '@passerelle/pathway/data-access';

/**
 * What pathway holds about one person, for intake's export (GDPR articles 15 and 20; decision
 * 0022): the pathway, its milestones and history, and the facts received about the person.
 */
@Injectable()
export class ExportPersonalDataHandler {
  constructor(
    private readonly personalData: PathwayPersonalDataRepository,
    private readonly clock: Clock,
  ) {}

  async execute(request: PersonalDataRequest): Promise<ServicePersonalData> {
    const sections = await this.personalData.sections(request.candidateId);
    return servicePersonalData('pathway', request.candidateId, this.clock.now(), sections);
  }
}
