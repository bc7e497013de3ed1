export * from './directory.repository';
export * from './assignment.repository';
export * from './session.repository';
export * from './reminder.repository';
export * from './capacity.repository';
