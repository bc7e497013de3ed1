export * from './entities/sponsor.entity';
export * from './entities/programme.entity';
export * from './entities/candidate.entity';
export * from './repositories/programme.repository';
export * from './repositories/candidate.repository';
export * from './data-source';
