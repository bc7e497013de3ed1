import type { EntityManager } from 'typeorm';
import { applicationPersonalData } from './application-personal-data';
import { cvPersonalData } from './cv-personal-data';
import { ProjectEntity, ProjectVersionEntity } from './entities/project.entity';
import { interviewPracticePersonalData } from './interview-practice-personal-data';

/**
 * One area's share of what career holds about a person: its sections of the person's data export
 * (decision 0022) and its erasure (CandidateErased). Every area of career (project, CV,
 * applications, interview practice) adds its part to `CAREER_PERSONAL_DATA_PARTS`, so the export
 * and the erasure reach all of it.
 */
export interface CareerPersonalDataPart {
  /** The area, for logs and tests. */
  area: string;
  /** The person's rows as stored (camelCase section names), nothing of anyone else. */
  sections(manager: EntityManager, candidateId: string): Promise<Record<string, readonly object[]>>;
  /** Deletes every row of the person, idempotently, in the erasure's transaction. */
  erase(manager: EntityManager, candidateId: string): Promise<void>;
}

/** The professional project: the project row and every version, drafts and validated ones. */
export const projectPersonalData: CareerPersonalDataPart = {
  area: 'project',
  async sections(manager, candidateId) {
    const project = await manager.getRepository(ProjectEntity).findOneBy({ candidateId });
    const versions = project
      ? await manager
          .getRepository(ProjectVersionEntity)
          .find({ where: { projectId: project.id }, order: { version: 'ASC' } })
      : [];
    return { professionalProject: project ? [project] : [], professionalProjectVersions: versions };
  },
  async erase(manager, candidateId) {
    await manager.getRepository(ProjectEntity).delete({ candidateId });
  },
};

/** Every area's part, in the order the export lists them. */
export const CAREER_PERSONAL_DATA_PARTS: readonly CareerPersonalDataPart[] = [
  projectPersonalData,
  applicationPersonalData,
  interviewPracticePersonalData,
  cvPersonalData,
];
