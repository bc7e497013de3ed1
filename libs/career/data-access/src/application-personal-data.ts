import type { EntityManager } from 'typeorm';
import { ApplicationEntity, ApplicationStepEntity } from './entities/application.entity';
import type { CareerPersonalDataPart } from './personal-data';

/** Job applications: every application as stored, and every status it went through. */
export const applicationPersonalData: CareerPersonalDataPart = {
  area: 'applications',
  async sections(manager: EntityManager, candidateId: string) {
    const applications = await manager
      .getRepository(ApplicationEntity)
      .find({ where: { candidateId }, order: { sentOn: 'ASC', recordedAt: 'ASC' } });
    const steps = applications.length
      ? await manager
          .createQueryBuilder(ApplicationStepEntity, 's')
          .innerJoin(ApplicationEntity, 'a', 'a.id = s.application_id')
          .where('a.candidate_id = :candidateId', { candidateId })
          .orderBy('s.application_id')
          .addOrderBy('s.position')
          .getMany()
      : [];
    return { jobApplications: applications, jobApplicationSteps: steps };
  },
  async erase(manager: EntityManager, candidateId: string) {
    // Their steps go with them (ON DELETE CASCADE).
    await manager.delete(ApplicationEntity, { candidateId });
  },
};
