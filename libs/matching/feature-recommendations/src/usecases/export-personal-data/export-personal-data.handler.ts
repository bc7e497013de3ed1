import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import {
  servicePersonalData,
  type PersonalDataRequest,
  type ServicePersonalData,
} from '@passerelle/shared/contracts';
import { MatchingPersonalDataRepository } from '@passerelle/matching/data-access';

/**
 * What matching holds about one person, for intake's export (GDPR articles 15 and 20; decision
 * 0022): the profile matched on, the occupations recommended and the offers matched, with the person's feedback on them.
 */
@Injectable()
export class ExportPersonalDataHandler {
  constructor(
    private readonly personalData: MatchingPersonalDataRepository,
    private readonly clock: Clock,
  ) {}

  async execute(request: PersonalDataRequest): Promise<ServicePersonalData> {
    const sections = await this.personalData.sections(request.candidateId);
    return servicePersonalData('matching', request.candidateId, this.clock.now(), sections);
  }
}
