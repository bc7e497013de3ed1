import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { PAGE_INFO_TYPE_PATHS } from '@passerelle/shared/graphql';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import {
  AssignmentRepository,
  DirectoryRepository,
  ReminderRepository,
  SessionRepository,
} from '@passerelle/scheduling/data-access';
import { AssignmentEventsConsumer } from './assignment-events.consumer';
import { CandidateAssignmentResolver } from './candidate-assignment.resolver';
import { CandidateErasureConsumer } from './candidate-erasure.consumer';
import { CoachAssignmentResolver } from './coach-assignment.resolver';
import { AssignCoachHandler } from './usecases/assign-coach/assign-coach.handler';
import { ReassignCoachHandler } from './usecases/reassign-coach/reassign-coach.handler';

/** The assignment's part of the scheduling subgraph's SDL. */
export const ASSIGNMENT_TYPE_PATHS = [join(__dirname, 'assignment.graphql'), ...PAGE_INFO_TYPE_PATHS];

export const ASSIGNMENT_RESOLVERS = [CoachAssignmentResolver, CandidateAssignmentResolver];

/**
 * Fair coach assignment on enrolment, diagnosis and new programme terms, the ops queue and
 * reassignment; and a person's erasure, which starts from the profile this area keeps.
 */
@Module({
  imports: [CandidateScopeModule],
  controllers: [AssignmentEventsConsumer, CandidateErasureConsumer],
  providers: [
    AssignmentRepository,
    DirectoryRepository,
    SessionRepository,
    ReminderRepository,
    AssignCoachHandler,
    ReassignCoachHandler,
    ...ASSIGNMENT_RESOLVERS,
  ],
})
export class AssignmentModule {}
