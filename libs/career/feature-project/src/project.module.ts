import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import { CareerAccessRepository, ProjectRepository } from '@passerelle/career/data-access';
import { ProjectResolver } from './project.resolver';
import { ReadProjectHandler } from './usecases/read-project/read-project.handler';
import { ReviewProjectFeasibilityHandler } from './usecases/review-project-feasibility/review-project-feasibility.handler';
import { SaveProjectDraftHandler } from './usecases/save-project-draft/save-project-draft.handler';
import { ValidateProjectHandler } from './usecases/validate-project/validate-project.handler';

/** The career subgraph's first SDL file (its schema link and scalars), then the project's types. */
export const PROJECT_TYPE_PATHS = [join(__dirname, 'project.graphql')];
export const PROJECT_RESOLVERS = [ProjectResolver];

/** The professional project: drafts, the feasibility review, validation and its announcement. */
@Module({
  imports: [CandidateScopeModule],
  providers: [
    CareerAccessRepository,
    ProjectRepository,
    ReadProjectHandler,
    SaveProjectDraftHandler,
    ReviewProjectFeasibilityHandler,
    ValidateProjectHandler,
    ...PROJECT_RESOLVERS,
  ],
})
export class ProjectModule {}
