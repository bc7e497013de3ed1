import { Inject, Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { forwardedIdentityMiddleware } from '@passerelle/shared/auth';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import { CareerAccessRepository, CvRepository } from '@passerelle/career/data-access';
import { DownloadCvHandler } from '../usecases/download-cv/download-cv.handler';
import { CvFileController } from './cv-file.controller';

const IDENTITY_SECRET = Symbol('CV_FILE_IDENTITY_SECRET');

/** CV files over HTTP (GET /cvs/...), behind the same forwarded-identity check as /graphql. */
@Module({})
export class CvFileModule implements NestModule {
  constructor(@Inject(IDENTITY_SECRET) private readonly identitySecret: string) {}

  static forRoot(options: { identitySecret: string }): DynamicModule {
    return {
      module: CvFileModule,
      imports: [CandidateScopeModule],
      controllers: [CvFileController],
      providers: [
        { provide: IDENTITY_SECRET, useValue: options.identitySecret },
        CareerAccessRepository,
        CvRepository,
        DownloadCvHandler,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(forwardedIdentityMiddleware(this.identitySecret)).forRoutes(CvFileController);
  }
}
