import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CvCommentEntity, CvDownloadEntity, CvEntity, CvVersionEntity } from '../entities/cv.entity';

/** A CV with every version (the first first) and every comment on them (oldest first). */
export interface CvWithVersions {
  cv: CvEntity;
  versions: CvVersionEntity[];
  comments: CvCommentEntity[];
}

/** CVs: one per person, versions kept as saved, the coach's comments, the download audit. */
@Injectable()
export class CvRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The person's CV with its versions and comments; null when they have none. */
  async ofCandidate(
    candidateId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CvWithVersions | null> {
    const cv = await manager.getRepository(CvEntity).findOneBy({ candidateId });
    return cv && this.withVersions(manager, cv);
  }

  /** A CV's versions and comments, fresh. */
  async withVersions(manager: EntityManager, cv: CvEntity): Promise<CvWithVersions> {
    const [fresh, versions] = await Promise.all([
      manager.getRepository(CvEntity).findOneByOrFail({ id: cv.id }),
      manager.getRepository(CvVersionEntity).find({ where: { cvId: cv.id }, order: { version: 'ASC' } }),
    ]);
    const comments = versions.length
      ? await manager.getRepository(CvCommentEntity).find({
          where: { cvVersionId: In(versions.map((version) => version.id)) },
          order: { createdAt: 'ASC', id: 'ASC' },
        })
      : [];
    return { cv: fresh, versions, comments };
  }

  /** The person's CV row, locked for a new version (null: none yet). */
  lock(manager: EntityManager, candidateId: string): Promise<CvEntity | null> {
    return manager
      .getRepository(CvEntity)
      .findOne({ where: { candidateId }, lock: { mode: 'pessimistic_write' } });
  }

  async create(manager: EntityManager, cv: CvEntity): Promise<void> {
    await manager.getRepository(CvEntity).insert(cv);
  }

  /** Adds a version and makes it the CV's current one. */
  async addVersion(manager: EntityManager, cv: CvEntity, version: CvVersionEntity): Promise<void> {
    await manager.getRepository(CvVersionEntity).insert(version);
    await manager
      .getRepository(CvEntity)
      .update({ id: cv.id }, { currentVersion: version.version, updatedAt: version.savedAt });
  }

  /** A version with the person it belongs to; null when unknown. */
  async version(
    versionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ cv: CvEntity; version: CvVersionEntity } | null> {
    const version = await manager.getRepository(CvVersionEntity).findOneBy({ id: versionId });
    if (!version) return null;
    const cv = await manager.getRepository(CvEntity).findOneByOrFail({ id: version.cvId });
    return { cv, version };
  }

  /** A comment with its version and CV, locked for a change; null when unknown. */
  async lockComment(
    manager: EntityManager,
    commentId: string,
  ): Promise<{ cv: CvEntity; comment: CvCommentEntity } | null> {
    const comment = await manager
      .getRepository(CvCommentEntity)
      .findOne({ where: { id: commentId }, lock: { mode: 'pessimistic_write' } });
    if (!comment) return null;
    const found = await this.version(comment.cvVersionId, manager);
    return found && { cv: found.cv, comment };
  }

  async addComment(manager: EntityManager, comment: CvCommentEntity): Promise<void> {
    await manager.getRepository(CvCommentEntity).insert(comment);
  }

  async resolveComment(
    manager: EntityManager,
    commentId: string,
    resolvedAt: Date,
    resolvedBy: string,
  ): Promise<void> {
    await manager.getRepository(CvCommentEntity).update({ id: commentId }, { resolvedAt, resolvedBy });
  }

  async recordDownload(download: CvDownloadEntity): Promise<void> {
    await this.dataSource.getRepository(CvDownloadEntity).insert(download);
  }

  /** Downloads of a CV's versions, oldest first (the audit, and the person's export). */
  downloads(manager: EntityManager, versionIds: readonly string[]): Promise<CvDownloadEntity[]> {
    return versionIds.length
      ? manager
          .getRepository(CvDownloadEntity)
          .find({ where: { cvVersionId: In([...versionIds]) }, order: { downloadedAt: 'ASC', id: 'ASC' } })
      : Promise.resolve([]);
  }
}
