export * from './entities/assessment.entity';
export * from './entities/instrument.entity';
export * from './entities/rome-reference.entity';
export * from './entities/session-data.entity';
export * from './repositories/assessment.repository';
export * from './repositories/instrument.repository';
export * from './repositories/rome-reference.repository';
export * from './data-source';
