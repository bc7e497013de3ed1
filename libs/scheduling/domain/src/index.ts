export * from './holidays';
export * from './weekly-hours';
export * from './slot-search';
export * from './coach-assignment';
export * from './ics-calendar';
