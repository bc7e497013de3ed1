export * from './snake-naming.strategy';
export * from './data-source';
export * from './schema-drift';
export * from './confidential-read.entity';
export * from './entity-row-reader';
