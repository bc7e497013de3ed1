export * from './directory.repository';
export * from './assignment.repository';
export * from './session.repository';
export * from './reminder.repository';
export * from './directory-change.repository';
export * from './personal-data.repository';
export * from './capacity.repository';
export * from './session-note.repository';
