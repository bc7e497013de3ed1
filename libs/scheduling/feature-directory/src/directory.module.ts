import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import { AssignmentRepository, DirectoryRepository } from '@passerelle/scheduling/data-access';
import { AssignmentCoachResolver } from './assignment-coach.resolver';
import { CandidateCoachResolver } from './candidate-coach.resolver';
import { CoachContactController } from './coach-contact.controller';
import { CoachResolver } from './coach.resolver';
import { OfficeResolver } from './office.resolver';
import { SessionPlaceResolver } from './session-place.resolver';
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
  AssignmentCoachResolver,
  CandidateCoachResolver,
];

/**
 * Offices, rooms and coaches: ops set them up, coaches record their absences and subscribe to
 * their calendar feed. Every field leading to a coach or a room is resolved here. Identity reads a
 * coach's work contact from the internal route (decision 0018).
 */
@Module({
  imports: [CandidateScopeModule],
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
    ...DIRECTORY_RESOLVERS,
  ],
})
export class DirectoryModule {}
