export * from './envelope';
export * from './event-definition';
export * from './registry';
export * from './topics';
export { candidateEnrolledV1 } from './events/candidate-enrolled.v1';
export { candidateErasedV1 } from './events/candidate-erased.v1';
export { pathwayDraftedV1 } from './events/pathway-drafted.v1';
