export * from './reporting.entities';
export * from './pack-download.entity';
export * from './dreets-report-download.entity';
