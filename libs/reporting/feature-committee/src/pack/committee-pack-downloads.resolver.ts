import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import type { CommitteePackDownload } from '@passerelle/reporting/graphql-types';
import { invalidCommitteeInput } from '../committee.error';
import { ReadPackDownloadsHandler } from '../usecases/read-pack-downloads/read-pack-downloads.handler';
import { readPackDownloadsSchema } from '../usecases/read-pack-downloads/read-pack-downloads.query';

@Resolver('CommitteePackDownload')
export class CommitteePackDownloadsResolver {
  constructor(private readonly downloads: ReadPackDownloadsHandler) {}

  /** The committee packs' audit: ops of the programme's offices only (docs/reporting.md). */
  @Query('committeePackDownloads')
  @Roles('ops')
  async committeePackDownloads(
    @Args('programmeId') programmeId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<CommitteePackDownload[]> {
    const query = parseInput(readPackDownloadsSchema, { programmeId }, invalidCommitteeInput);
    const rows = await this.downloads.execute(identity, query);
    return rows.map((row) => ({
      programmeId: row.programmeId,
      asOf: row.asOf,
      format: row.format === 'pdf' ? 'PDF' : 'XLSX',
      subject: row.subject,
      role: row.role,
      downloadedAt: row.downloadedAt,
    }));
  }
}
