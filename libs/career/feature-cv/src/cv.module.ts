import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import { CareerAccessRepository, CvRepository } from '@passerelle/career/data-access';
import { CvResolver, CvVersionResolver } from './cv.resolver';
import { CommentCvLineHandler } from './usecases/comment-cv-line/comment-cv-line.handler';
import { CreateCvHandler } from './usecases/create-cv/create-cv.handler';
import { ReadCvHandler } from './usecases/read-cv/read-cv.handler';
import { ResolveCvCommentHandler } from './usecases/resolve-cv-comment/resolve-cv-comment.handler';
import { SaveCvVersionHandler } from './usecases/save-cv-version/save-cv-version.handler';

export const CV_TYPE_PATHS = [join(__dirname, 'cv.graphql')];
export const CV_RESOLVERS = [CvResolver, CvVersionResolver];

/** The CV builder: versions, the coach's comments, tailoring to an offer. Files: `CvFileModule`. */
@Module({
  imports: [CandidateScopeModule],
  providers: [
    CareerAccessRepository,
    CvRepository,
    ReadCvHandler,
    CreateCvHandler,
    SaveCvVersionHandler,
    CommentCvLineHandler,
    ResolveCvCommentHandler,
    ...CV_RESOLVERS,
  ],
})
export class CvModule {}
