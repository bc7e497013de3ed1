import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { CareerAccessRepository, CvRepository, type CvCommentEntity } from '@passerelle/career/data-access';
import { cvCommentProblems, cvSectionLines } from '@passerelle/career/domain';
import { CvError, CvErrorCode, cvRefused, outOfScope } from '../../cv.error';
import type { CommentCvLineCommand } from './comment-cv-line.command';

/** The person's coach comments on one line of a version (any version: earlier ones stay readable). */
@Injectable()
export class CommentCvLineHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CareerAccessRepository,
    private readonly cvs: CvRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: CommentCvLineCommand): Promise<CvCommentEntity> {
    const found = await this.cvs.version(command.versionId);
    if (!found) throw new CvError(CvErrorCode.VersionNotFound, 'no such CV version');
    const access = await this.access.accessTo(identity, found.cv.candidateId);
    if (!access) throw outOfScope();
    if (access.reader !== 'coach' || identity.role !== 'coach')
      throw new CvError(
        CvErrorCode.CoachOnly,
        'comments on a CV are the coach’s; the person reads and resolves them',
      );
    const anchor = { section: command.section, line: command.line };
    const problems = cvCommentProblems(found.version.content, anchor, command.text);
    if (problems.length > 0) throw cvRefused(problems);
    const comment: CvCommentEntity = {
      id: randomUUID(),
      cvVersionId: found.version.id,
      section: command.section,
      line: command.line,
      quotedLine: cvSectionLines(found.version.content, command.section)[command.line] ?? '',
      body: command.text,
      authorCoachId: identity.coachId,
      createdAt: this.clock.now(),
      resolvedAt: null,
      resolvedBy: null,
    };
    await this.dataSource.transaction((manager) => this.cvs.addComment(manager, comment));
    return comment;
  }
}
