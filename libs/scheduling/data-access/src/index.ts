export * from './coaching-session.entity';
export * from './coaching-session.repository';
export * from './data-source';
