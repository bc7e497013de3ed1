import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeOwnEnrolmentsModule } from '@passerelle/shared/candidate-scope';
import {
  AssignmentRepository,
  DirectoryChangeRepository,
  DirectoryRepository,
  ReminderRepository,
  SessionRepository,
} from '@passerelle/scheduling/data-access';
import { AssignmentCoachResolver } from './assignment-coach.resolver';
import { CandidateCoachResolver } from './candidate-coach.resolver';
import { CoachContactController } from './coach-contact.controller';
import { CoachResolver } from './coach.resolver';
import { OfficeResolver } from './office.resolver';
import { SessionMoveOptions } from './session-move-options';
import { SessionMoveResolver } from './session-move.resolver';
import { SessionPlaceResolver } from './session-place.resolver';
import { AnswerCoachChangeHandler } from './usecases/answer-coach-change/answer-coach-change.handler';
import { ListSessionsToMoveHandler } from './usecases/list-sessions-to-move/list-sessions-to-move.handler';
import { ProposeCoachChangeHandler } from './usecases/propose-coach-change/propose-coach-change.handler';
import { SetHolderActiveHandler } from './usecases/set-holder-active/set-holder-active.handler';
import { SetOfficeActiveHandler } from './usecases/set-office-active/set-office-active.handler';
import { UpdateCoachHandler } from './usecases/update-coach/update-coach.handler';
import { UpdateOfficeHandler } from './usecases/update-office/update-office.handler';
import { UpdateRoomHandler } from './usecases/update-room/update-room.handler';
import { AddCoachExceptionHandler } from './usecases/add-coach-exception/add-coach-exception.handler';
import { CreateCoachHandler } from './usecases/create-coach/create-coach.handler';
import { CreateOfficeHandler } from './usecases/create-office/create-office.handler';
import { CreateRoomHandler } from './usecases/create-room/create-room.handler';
import { ReadCoachContactHandler } from './usecases/read-coach-contact/read-coach-contact.handler';
import { RotateCalendarTokenHandler } from './usecases/rotate-calendar-token/rotate-calendar-token.handler';

/** The directory's part of the scheduling subgraph's SDL (the first: it links federation). */
export const DIRECTORY_TYPE_PATHS = [join(__dirname, 'directory.graphql')];

export const DIRECTORY_RESOLVERS = [
  OfficeResolver,
  CoachResolver,
  SessionPlaceResolver,
  SessionMoveResolver,
  AssignmentCoachResolver,
  CandidateCoachResolver,
];

/**
 * Offices, rooms and coaches: ops set them up, edit and deactivate them (moving the sessions a
 * leaving room or coach still holds, another coach offered to the person for consent), coaches record their absences and subscribe to
 * their calendar feed. Every field leading to a coach or a room is resolved here. Identity reads a
 * coach's work contact from the internal route (decision 0018).
 */
@Module({
  imports: [CandidateScopeOwnEnrolmentsModule],
  controllers: [CoachContactController],
  providers: [
    DirectoryRepository,
    AssignmentRepository,
    CreateOfficeHandler,
    CreateRoomHandler,
    CreateCoachHandler,
    AddCoachExceptionHandler,
    RotateCalendarTokenHandler,
    ReadCoachContactHandler,
    DirectoryChangeRepository,
    SessionRepository,
    ReminderRepository,
    SessionMoveOptions,
    UpdateOfficeHandler,
    UpdateRoomHandler,
    UpdateCoachHandler,
    SetOfficeActiveHandler,
    SetHolderActiveHandler,
    ListSessionsToMoveHandler,
    ProposeCoachChangeHandler,
    AnswerCoachChangeHandler,
    ...DIRECTORY_RESOLVERS,
  ],
})
export class DirectoryModule {}
