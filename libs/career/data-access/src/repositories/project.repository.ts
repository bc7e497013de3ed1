import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ProjectVersionState } from '@passerelle/career/domain';
import { ProjectEntity, ProjectVersionEntity, type StoredReview } from '../entities/project.entity';

/** A project with every version, the first first. */
export interface ProjectWithVersions {
  project: ProjectEntity;
  versions: ProjectVersionEntity[];
}

/** A stored version as the domain reads it. */
export function versionState(row: ProjectVersionEntity): ProjectVersionState {
  return {
    version: row.version,
    status: row.status,
    targets: row.targets,
    area: row.area,
    conditions: row.conditions,
    review: row.review && {
      ...row.review,
      localDemandFigures: row.review.localDemandFigures ?? null,
      reviewedAt: new Date(row.review.reviewedAt),
    },
    validatedAt: row.validatedAt,
    validatedByCoachId: row.validatedByCoachId,
    updatedAt: row.updatedAt,
  };
}

/** A version the domain decided, as stored. */
export function versionRow(
  projectId: string,
  state: ProjectVersionState,
  editedBy: string,
): ProjectVersionEntity {
  const review: StoredReview | null = state.review && {
    ...state.review,
    reviewedAt: state.review.reviewedAt.toISOString(),
  };
  return {
    projectId,
    version: state.version,
    status: state.status,
    targets: state.targets,
    area: state.area,
    conditions: state.conditions,
    review,
    editedBy,
    updatedAt: state.updatedAt,
    validatedAt: state.validatedAt,
    validatedByCoachId: state.validatedByCoachId,
  };
}

/** Professional projects: one per person, their versions saved (drafts) or kept (validated). */
@Injectable()
export class ProjectRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The person's project with its versions; null when they have none. */
  async ofCandidate(
    candidateId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProjectWithVersions | null> {
    const project = await manager.getRepository(ProjectEntity).findOneBy({ candidateId });
    if (!project) return null;
    const versions = await manager
      .getRepository(ProjectVersionEntity)
      .find({ where: { projectId: project.id }, order: { version: 'ASC' } });
    return { project, versions };
  }

  /** A project's versions, the first first. */
  async withVersions(manager: EntityManager, project: ProjectEntity): Promise<ProjectWithVersions> {
    const [fresh, versions] = await Promise.all([
      manager.getRepository(ProjectEntity).findOneByOrFail({ id: project.id }),
      manager
        .getRepository(ProjectVersionEntity)
        .find({ where: { projectId: project.id }, order: { version: 'ASC' } }),
    ]);
    return { project: fresh, versions };
  }

  /** The person's project row, locked for a change (null: none yet). */
  lock(manager: EntityManager, candidateId: string): Promise<ProjectEntity | null> {
    return manager
      .getRepository(ProjectEntity)
      .findOne({ where: { candidateId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The project's current version (null: none, for a project row just created). */
  current(manager: EntityManager, project: ProjectEntity): Promise<ProjectVersionEntity | null> {
    return manager
      .getRepository(ProjectVersionEntity)
      .findOneBy({ projectId: project.id, version: project.currentVersion });
  }

  /**
   * The person's project row, locked, made first when they have none: two first saves at once end
   * with one project (the second waits for the first's row, career_project_candidate).
   */
  async lockOrCreate(manager: EntityManager, project: ProjectEntity): Promise<ProjectEntity> {
    await manager.createQueryBuilder().insert().into(ProjectEntity).values(project).orIgnore().execute();
    const locked = await this.lock(manager, project.candidateId);
    if (!locked) throw new Error(`the project of ${project.candidateId} vanished while being saved`);
    return locked;
  }

  /** Saves a version (a new one, or the open draft again) and makes it the current one. */
  async save(manager: EntityManager, project: ProjectEntity, row: ProjectVersionEntity): Promise<void> {
    await manager.getRepository(ProjectVersionEntity).upsert(row, ['projectId', 'version']);
    const validatedVersion = row.status === 'validated' ? row.version : project.validatedVersion;
    await manager
      .getRepository(ProjectEntity)
      .update(
        { id: project.id },
        { currentVersion: row.version, validatedVersion, updatedAt: row.updatedAt },
      );
  }

  /** GDPR erasure: the project and its versions (cascade). */
  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.getRepository(ProjectEntity).delete({ candidateId });
  }
}
