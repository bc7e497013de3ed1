import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReportingPackDownloadEntity, type PackFormat } from './entities';

/** The committee packs' audit: one row per pack served. */
@Injectable()
export class PackDownloadRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(download: {
    programmeId: string;
    asOf: Date;
    format: PackFormat;
    subject: string;
    role: string;
    downloadedAt: Date;
  }): Promise<void> {
    await this.dataSource
      .getRepository(ReportingPackDownloadEntity)
      .insert({ downloadId: randomUUID(), ...download });
  }

  /** A programme's downloads, the latest first. */
  async ofProgramme(programmeId: string): Promise<ReportingPackDownloadEntity[]> {
    return this.dataSource.getRepository(ReportingPackDownloadEntity).find({
      where: { programmeId },
      order: { downloadedAt: 'DESC', downloadId: 'ASC' },
    });
  }
}
