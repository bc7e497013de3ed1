import { Injectable } from '@nestjs/common';
import { servesAnyOffice, type Identity } from '@passerelle/shared/auth';
import {
  PackDownloadRepository,
  ReportingRepository,
  type ReportingPackDownloadEntity,
} from '@passerelle/reporting/data-access';
import { programmeNotFound } from '../../committee.error';
import type { ReadPackDownloadsQuery } from './read-pack-downloads.query';

/** The committee packs' audit of a programme, for ops of one of its offices; anyone else is told it does not exist. */
@Injectable()
export class ReadPackDownloadsHandler {
  constructor(
    private readonly reporting: ReportingRepository,
    private readonly downloads: PackDownloadRepository,
  ) {}

  async execute(identity: Identity, query: ReadPackDownloadsQuery): Promise<ReportingPackDownloadEntity[]> {
    const programme = await this.reporting.findProgramme(query.programmeId);
    if (!programme || !servesAnyOffice(identity, programme.officeIds))
      throw programmeNotFound(query.programmeId);
    return this.downloads.ofProgramme(programme.programmeId);
  }
}
