export * from './entities';
export * from './reporting.repository';
export * from './data-source';
