export * from './entities';
export * from './repositories';
export * from './personal-data';
export * from './data-source';
