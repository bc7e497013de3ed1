export * from './pathway.entity';
export * from './pathway.repository';
export * from './data-source';
