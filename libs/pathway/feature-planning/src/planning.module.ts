import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import { PathwayRepository } from '@passerelle/pathway/data-access';
import { CandidateEventsConsumer } from './candidate-events.consumer';
import { CandidatePathwayResolver } from './candidate-pathway.resolver';
import { DraftPathwayHandler } from './draft-pathway.handler';

export const PATHWAY_TYPE_PATHS = [join(__dirname, 'pathway.graphql')];
export const PATHWAY_RESOLVERS = [CandidatePathwayResolver];

@Module({
  imports: [CandidateScopeModule],
  controllers: [CandidateEventsConsumer],
  providers: [PathwayRepository, DraftPathwayHandler, ...PATHWAY_RESOLVERS],
})
export class PlanningModule {}
