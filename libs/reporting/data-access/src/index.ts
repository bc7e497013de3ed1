export * from './entities';
export * from './reporting.repository';
export * from './dashboard-counts.repository';
export * from './data-source';
export * from './pack-download.repository';
export * from './dreets-report.repository';
export * from './read-model-fact';
export * from './read-model-batch.writer';
