export * from './occupation-recommendation.entity';
export * from './occupation-recommendation.repository';
export * from './data-source';
