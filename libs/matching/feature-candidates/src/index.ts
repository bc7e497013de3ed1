export * from './candidates.module';
export * from './recompute-recommendations.handler';
export * from './rematch-offers.handler';
export * from './ingest-job-offer.handler';
export * from './expire-job-offers.handler';
