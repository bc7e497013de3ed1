import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@passerelle/shared/clock';
import {
  servicePersonalData,
  type PersonalDataRequest,
  type ServicePersonalData,
} from '@passerelle/shared/contracts';
import { CAREER_PERSONAL_DATA_PARTS } from '@passerelle/career/data-access';

/**
 * What career holds about one person, for intake's export (GDPR articles 15 and 20; decision 0022):
 * every area's sections (`CAREER_PERSONAL_DATA_PARTS`: the project and its versions, and what each
 * other area adds), read in one snapshot. A person career does not know gets empty sections.
 */
@Injectable()
export class ExportPersonalDataHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(request: PersonalDataRequest): Promise<ServicePersonalData> {
    const sections = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const all: Record<string, readonly object[]> = {};
      for (const part of CAREER_PERSONAL_DATA_PARTS)
        Object.assign(all, await part.sections(manager, request.candidateId));
      return all;
    });
    return servicePersonalData('career', request.candidateId, this.clock.now(), sections);
  }
}
