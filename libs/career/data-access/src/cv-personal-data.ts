import { CvEntity, CvVersionEntity } from './entities/cv.entity';
import { CvRepository } from './repositories/cv.repository';
import type { CareerPersonalDataPart } from './personal-data';

/**
 * The CV: the CV row, every version as saved, the coach's comments on them, and who downloaded
 * which version (the audit). The erasure deletes the CV; versions, comments and downloads go with it.
 */
export const cvPersonalData: CareerPersonalDataPart = {
  area: 'cv',
  async sections(manager, candidateId) {
    const cv = await manager.getRepository(CvEntity).findOneBy({ candidateId });
    if (!cv) return { cv: [], cvVersions: [], cvComments: [], cvDownloads: [] };
    const { versions, comments } = await new CvRepository(manager.connection).withVersions(manager, cv);
    const downloads = await new CvRepository(manager.connection).downloads(
      manager,
      versions.map((version: CvVersionEntity) => version.id),
    );
    return { cv: [cv], cvVersions: versions, cvComments: comments, cvDownloads: downloads };
  },
  async erase(manager, candidateId) {
    await manager.getRepository(CvEntity).delete({ candidateId });
  },
};
