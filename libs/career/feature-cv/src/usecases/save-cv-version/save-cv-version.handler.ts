import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { CareerAccessRepository, CvRepository, type CvWithVersions } from '@passerelle/career/data-access';
import { cvProblems } from '@passerelle/career/domain';
import { CvError, CvErrorCode, cvNotFound, cvRefused, outOfScope } from '../../cv.error';
import { parisDay } from '../paris-day';
import type { SaveCvVersionCommand } from './save-cv-version.command';

/**
 * The person (or their coach with them) saves the CV: a new version, the earlier ones kept as they
 * were (with their comments). Refused when another version was saved since the one edited.
 */
@Injectable()
export class SaveCvVersionHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CareerAccessRepository,
    private readonly cvs: CvRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: SaveCvVersionCommand): Promise<CvWithVersions> {
    if (!(await this.access.accessTo(identity, command.candidateId))) throw outOfScope();
    const now = this.clock.now();
    const problems = cvProblems(command.content, parisDay(now));
    if (problems.length > 0) throw cvRefused(problems);
    return this.dataSource.transaction(async (manager) => {
      const cv = await this.cvs.lock(manager, command.candidateId);
      if (!cv) throw cvNotFound();
      if (cv.currentVersion !== command.basedOnVersion)
        throw new CvError(
          CvErrorCode.VersionChanged,
          `version ${cv.currentVersion} was saved since version ${command.basedOnVersion}: start from it`,
          { field: 'basedOnVersion', currentVersion: cv.currentVersion },
        );
      await this.cvs.addVersion(manager, cv, {
        id: randomUUID(),
        cvId: cv.id,
        version: cv.currentVersion + 1,
        layout: command.layout,
        content: command.content,
        savedBy: identity.subject,
        savedAt: now,
      });
      return this.cvs.withVersions(manager, cv);
    });
  }
}
