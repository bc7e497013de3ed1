import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import { AssignmentRepository, DirectoryRepository } from '@passerelle/scheduling/data-access';
import { AssignmentCoachResolver } from './assignment-coach.resolver';
import { CandidateCoachResolver } from './candidate-coach.resolver';
import { CoachResolver } from './coach.resolver';
import { OfficeResolver } from './office.resolver';
import { SessionPlaceResolver } from './session-place.resolver';
import { AddCoachExceptionHandler } from './usecases/add-coach-exception/add-coach-exception.handler';
import { CreateCoachHandler } from './usecases/create-coach/create-coach.handler';
import { CreateOfficeHandler } from './usecases/create-office/create-office.handler';
import { CreateRoomHandler } from './usecases/create-room/create-room.handler';
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
 * their calendar feed. Every field leading to a coach or a room is resolved here.
 */
@Module({
  imports: [CandidateScopeModule],
  providers: [
    DirectoryRepository,
    AssignmentRepository,
    CreateOfficeHandler,
    CreateRoomHandler,
    CreateCoachHandler,
    AddCoachExceptionHandler,
    RotateCalendarTokenHandler,
    ...DIRECTORY_RESOLVERS,
  ],
})
export class DirectoryModule {}
