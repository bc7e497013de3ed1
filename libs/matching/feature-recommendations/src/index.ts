export * from './recommendations.module';
export * from './recommendations.error';
export * from './usecases/recompute-recommendations/recompute-recommendations.handler';
export * from './usecases/rematch-offers/rematch-offers.handler';
export * from './usecases/resolve-former-occupation/resolve-former-occupation.handler';
export * from './usecases/apply-candidate-details/apply-candidate-details.command';
export * from './usecases/apply-candidate-details/apply-candidate-details.one-by-one';
export * from './usecases/apply-candidate-details/apply-candidate-details.handler';
