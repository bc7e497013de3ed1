import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import {
  servicePersonalData,
  type PersonalDataRequest,
  type ServicePersonalData,
} from '@passerelle/shared/contracts';
import { IdentityPersonalDataRepository } from '@passerelle/identity/data-access';

/**
 * What identity holds about one person, for intake's export (GDPR articles 15 and 20; decision
 * 0022): the account (never its password digest), its invitations (never their secret), its second factor's dates (never its secret), its sign-in attempts and the account's audit.
 */
@Injectable()
export class ExportPersonalDataHandler {
  constructor(
    private readonly personalData: IdentityPersonalDataRepository,
    private readonly clock: Clock,
  ) {}

  async execute(request: PersonalDataRequest): Promise<ServicePersonalData> {
    const sections = await this.personalData.sections(request.candidateId);
    return servicePersonalData('identity', request.candidateId, this.clock.now(), sections);
  }
}
