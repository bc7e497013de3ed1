import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { CareerAccessRepository, CvRepository, type CvCommentEntity } from '@passerelle/career/data-access';
import { CvError, CvErrorCode, outOfScope } from '../../cv.error';
import type { ResolveCvCommentCommand } from './resolve-cv-comment.command';

/** The person (or their coach) resolves a comment: once; it stays, marked resolved. */
@Injectable()
export class ResolveCvCommentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CareerAccessRepository,
    private readonly cvs: CvRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: ResolveCvCommentCommand): Promise<CvCommentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.cvs.lockComment(manager, command.commentId);
      if (!found) throw new CvError(CvErrorCode.CommentNotFound, 'no such comment');
      if (!(await this.access.accessTo(identity, found.cv.candidateId))) throw outOfScope();
      if (found.comment.resolvedAt !== null)
        throw new CvError(CvErrorCode.AlreadyResolved, 'this comment is already resolved');
      const resolvedAt = this.clock.now();
      await this.cvs.resolveComment(manager, found.comment.id, resolvedAt, identity.subject);
      return { ...found.comment, resolvedAt, resolvedBy: identity.subject };
    });
  }
}
