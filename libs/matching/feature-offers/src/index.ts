export * from './offers.module';
export * from './offers.error';
export * from './usecases/ingest-job-offer/ingest-job-offer.command';
export * from './usecases/ingest-job-offer/ingest-job-offer.handler';
export * from './usecases/withdraw-job-offer/withdraw-job-offer.handler';
export * from './usecases/expire-job-offers/expire-job-offers.handler';
