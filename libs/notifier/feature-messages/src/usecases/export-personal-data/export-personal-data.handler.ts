import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import {
  servicePersonalData,
  type PersonalDataRequest,
  type ServicePersonalData,
} from '@passerelle/shared/contracts';
import { NotifierPersonalDataRepository } from '@passerelle/notifier/data-access';

/**
 * What notifier holds about one person, for intake's export (GDPR articles 15 and 20; decision
 * 0022): the messages written to the person, their in-app notifications and preferences, and the consent to texts as the notifier last heard it.
 */
@Injectable()
export class ExportPersonalDataHandler {
  constructor(
    private readonly personalData: NotifierPersonalDataRepository,
    private readonly clock: Clock,
  ) {}

  async execute(request: PersonalDataRequest): Promise<ServicePersonalData> {
    const sections = await this.personalData.sections(request.candidateId);
    return servicePersonalData('notifier', request.candidateId, this.clock.now(), sections);
  }
}
