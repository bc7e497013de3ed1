export * from './recommendations.module';
export * from './recommendations.error';
export * from './usecases/recompute-recommendations/recompute-recommendations.handler';
export * from './usecases/rematch-offers/rematch-offers.handler';
