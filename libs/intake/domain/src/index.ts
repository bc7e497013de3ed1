export * from './questionnaire';
export * from './answers';
export * from './orientation';
export * from './small-groups';
export * from './outcome-rules';
