export * from './plan-drafting.module';
export { DraftPathwayHandler } from './usecases/draft-pathway/draft-pathway.handler';
export { DraftPathwaysHandler } from './usecases/draft-pathways/draft-pathways.handler';
