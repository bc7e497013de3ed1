export { AssignmentModule, ASSIGNMENT_RESOLVERS, ASSIGNMENT_TYPE_PATHS } from './assignment.module';
// What the integration tests drive directly (events as the inbox would hand them).
export { AssignmentEventsConsumer } from './assignment-events.consumer';
export { CandidateErasureConsumer } from './candidate-erasure.consumer';
export { CapacityEventsConsumer } from './capacity-events.consumer';
// What the capacity benchmark runs directly (tests/bench/capacity.bench.ts).
export { PlanCapacityHandler } from './usecases/plan-capacity/plan-capacity.handler';
export { planCapacityQuerySchema } from './usecases/plan-capacity/plan-capacity.query';
export { AssignCoachHandler } from './usecases/assign-coach/assign-coach.handler';
// The enrolments of a Kafka batch, and one by one as the reference (assign-batch.int-spec.ts, the bench).
export { AssignCoachesHandler } from './usecases/assign-coaches/assign-coaches.handler';
export { AssignCoachesOneByOne } from './usecases/assign-coaches/assign-coaches.one-by-one';
export { DrainQueueHandler } from './usecases/drain-queue/drain-queue.handler';
export { AssignmentLifecycleConsumer } from './lifecycle-events.consumer';
