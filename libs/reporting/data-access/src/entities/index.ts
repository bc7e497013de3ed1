export * from './reporting.entities';
export * from './pack-download.entity';
