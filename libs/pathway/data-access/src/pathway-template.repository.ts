import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Track } from '@passerelle/shared/contracts';
import type { TemplateMilestone } from '@passerelle/pathway/domain';
import { PathwayTemplateEntity } from './pathway-template.entity';

export interface TemplateVersionInput {
  track: Track;
  name: string;
  milestones: TemplateMilestone[];
  createdBy: string;
  note: string | null;
  createdAt: Date;
}

/** Versions of each track's template; an edit is always a new row. */
@Injectable()
export class PathwayTemplateRepository {
  constructor(private readonly dataSource: DataSource) {}

  current(
    track: Track,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PathwayTemplateEntity | null> {
    return manager
      .getRepository(PathwayTemplateEntity)
      .findOne({ where: { track }, order: { version: 'DESC' } });
  }

  findById(id: string): Promise<PathwayTemplateEntity | null> {
    return this.dataSource.getRepository(PathwayTemplateEntity).findOneBy({ id });
  }

  versions(track: Track): Promise<PathwayTemplateEntity[]> {
    return this.dataSource
      .getRepository(PathwayTemplateEntity)
      .find({ where: { track }, order: { version: 'DESC' } });
  }

  /** Appends the next version of a track's template (serialised per track). */
  async appendVersion(manager: EntityManager, input: TemplateVersionInput): Promise<PathwayTemplateEntity> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`template:${input.track}`]);
    const latest = await this.current(input.track, manager);
    const row: PathwayTemplateEntity = { id: randomUUID(), version: (latest?.version ?? 0) + 1, ...input };
    await manager.getRepository(PathwayTemplateEntity).insert(row);
    return row;
  }

  /** Inserts version 1 of a track's template unless the track has one; true if it did. */
  async seedIfAbsent(manager: EntityManager, input: TemplateVersionInput): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(PathwayTemplateEntity)
      .values({ id: randomUUID(), version: 1, ...input })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}
