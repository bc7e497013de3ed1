export { AssignmentModule, ASSIGNMENT_RESOLVERS, ASSIGNMENT_TYPE_PATHS } from './assignment.module';
// What the integration tests drive directly (events as the inbox would hand them).
export { AssignmentEventsConsumer } from './assignment-events.consumer';
export { CandidateErasureConsumer } from './candidate-erasure.consumer';
export { CapacityEventsConsumer } from './capacity-events.consumer';
// What the capacity benchmark runs directly (tests/bench/capacity.bench.ts).
export { PlanCapacityHandler } from './usecases/plan-capacity/plan-capacity.handler';
export { planCapacityQuerySchema } from './usecases/plan-capacity/plan-capacity.query';
export { AssignCoachHandler } from './usecases/assign-coach/assign-coach.handler';
export { DrainQueueHandler } from './usecases/drain-queue/drain-queue.handler';
export { AssignmentLifecycleConsumer } from './lifecycle-events.consumer';
