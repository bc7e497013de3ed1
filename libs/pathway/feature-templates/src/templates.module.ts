import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { PathwayTemplateRepository } from '@passerelle/pathway/data-access';
import { TemplateResolver } from './template.resolver';
import { PublishTemplateHandler } from './usecases/publish-template/publish-template.handler';
import { SeedDefaultTemplatesHandler } from './usecases/seed-default-templates/seed-default-templates.handler';

export const TEMPLATES_TYPE_PATHS = [join(__dirname, 'templates.graphql')];
export const TEMPLATES_RESOLVERS = [TemplateResolver];

/** Each track's template, versioned: the defaults seeded at start, the versions ops publish. */
@Module({
  providers: [
    PathwayTemplateRepository,
    PublishTemplateHandler,
    SeedDefaultTemplatesHandler,
    ...TEMPLATES_RESOLVERS,
  ],
  exports: [PublishTemplateHandler, SeedDefaultTemplatesHandler],
})
export class TemplatesModule {}
