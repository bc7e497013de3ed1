export * from './assessment.entity';
export * from './assessment.repository';
export * from './data-source';
