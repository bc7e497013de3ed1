import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { CareerAccessRepository, CvRepository, type CvWithVersions } from '@passerelle/career/data-access';
import { cvProblems } from '@passerelle/career/domain';
import { CvError, CvErrorCode, cvRefused, outOfScope } from '../../cv.error';
import { parisDay } from '../paris-day';
import type { CreateCvCommand } from './create-cv.command';

/** The person (or their coach with them) starts the CV: its first version. */
@Injectable()
export class CreateCvHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CareerAccessRepository,
    private readonly cvs: CvRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: CreateCvCommand): Promise<CvWithVersions> {
    const access = await this.access.accessTo(identity, command.candidateId);
    if (!access) throw outOfScope();
    const now = this.clock.now();
    const problems = cvProblems(command.content, parisDay(now));
    if (problems.length > 0) throw cvRefused(problems);
    const exists = () =>
      new CvError(CvErrorCode.AlreadyExists, 'the person already has a CV: save a new version of it');
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await this.cvs.lock(manager, command.candidateId)) throw exists();
        const cv = {
          id: randomUUID(),
          candidateId: command.candidateId,
          programmeId: access.scope.programmeId,
          currentVersion: 1,
          createdAt: now,
          updatedAt: now,
        };
        // Two first saves at once: the unique index on the person refuses the second (below).
        await this.cvs.create(manager, cv);
        await this.cvs.addVersion(manager, cv, {
          id: randomUUID(),
          cvId: cv.id,
          version: 1,
          layout: command.layout,
          content: command.content,
          savedBy: identity.subject,
          savedAt: now,
        });
        return this.cvs.withVersions(manager, cv);
      });
    } catch (error) {
      throw oneCvPerPerson(error) ? exists() : error;
    }
  }
}

/** The unique index on one CV per person refused the insert: another first save won. */
function oneCvPerPerson(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driver?.code === '23505' && driver.constraint === 'career_cv_candidate';
}
