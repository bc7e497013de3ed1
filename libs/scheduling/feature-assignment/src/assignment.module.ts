import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { PAGE_INFO_TYPE_PATHS } from '@passerelle/shared/graphql';
import { CandidateScopeOwnEnrolmentsModule } from '@passerelle/shared/candidate-scope';
import {
  AssignmentRepository,
  CapacityRepository,
  DirectoryRepository,
  ReminderRepository,
  SessionRepository,
} from '@passerelle/scheduling/data-access';
import { AssignmentEventsConsumer } from './assignment-events.consumer';
import { CapacityEventsConsumer } from './capacity-events.consumer';
import { CapacityPlanResolver } from './capacity-plan.resolver';
import { CandidateAssignmentResolver } from './candidate-assignment.resolver';
import { CandidateErasureConsumer } from './candidate-erasure.consumer';
import { AssignmentLifecycleConsumer } from './lifecycle-events.consumer';
import { CoachAssignmentResolver } from './coach-assignment.resolver';
import { AssignCoachHandler } from './usecases/assign-coach/assign-coach.handler';
import { AssignCoachesHandler } from './usecases/assign-coaches/assign-coaches.handler';
import { AssignCoachesOneByOne } from './usecases/assign-coaches/assign-coaches.one-by-one';
import { DrainQueueHandler } from './usecases/drain-queue/drain-queue.handler';
import { PlanCapacityHandler } from './usecases/plan-capacity/plan-capacity.handler';
import { ReassignCoachHandler } from './usecases/reassign-coach/reassign-coach.handler';

/** The assignment's part of the scheduling subgraph's SDL. */
export const ASSIGNMENT_TYPE_PATHS = [
  join(__dirname, 'assignment.graphql'),
  join(__dirname, 'capacity.graphql'),
  ...PAGE_INFO_TYPE_PATHS,
];

export const ASSIGNMENT_RESOLVERS = [
  CoachAssignmentResolver,
  CandidateAssignmentResolver,
  CapacityPlanResolver,
];

/**
 * Fair coach assignment on enrolment, diagnosis and new programme terms, the ops queue and
 * reassignment, capacity planning and the queue's drain when a coach gets room (a new coach, a
 * person placed or exited); and a person's erasure, which starts from the profile this area keeps.
 */
@Module({
  imports: [CandidateScopeOwnEnrolmentsModule],
  controllers: [
    AssignmentEventsConsumer,
    CandidateErasureConsumer,
    CapacityEventsConsumer,
    AssignmentLifecycleConsumer,
  ],
  providers: [
    AssignmentRepository,
    DirectoryRepository,
    SessionRepository,
    ReminderRepository,
    CapacityRepository,
    AssignCoachHandler,
    AssignCoachesHandler,
    AssignCoachesOneByOne,
    ReassignCoachHandler,
    DrainQueueHandler,
    PlanCapacityHandler,
    ...ASSIGNMENT_RESOLVERS,
  ],
})
export class AssignmentModule {}
