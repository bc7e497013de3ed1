import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { PAGE_INFO_TYPE_PATHS } from '@passerelle/shared/graphql';
import {
  CandidateAccessRepository,
  CandidateRepository,
  PeopleRepository,
  ProgrammeRepository,
  ProgrammeTermsRepository,
} from '@passerelle/intake/data-access';
import { AmendProgrammeHandler } from './usecases/amend-programme/amend-programme.handler';
import { CloseProgrammeHandler } from './usecases/close-programme/close-programme.handler';
import { CandidateResolver } from './candidate.resolver';
import { CreateProgrammeHandler } from './usecases/create-programme/create-programme.handler';
import { CreateSponsorHandler } from './usecases/create-sponsor/create-sponsor.handler';
import { EnrollCandidateHandler } from './usecases/enroll-candidate/enroll-candidate.handler';
import { PeopleResolver } from './people.resolver';
import { FormerOccupationConsumer } from './former-occupation.consumer';
import { ProgrammeResolver } from './programme.resolver';
import { ListPeopleHandler } from './usecases/list-people/list-people.handler';
import { ProgrammeEditor } from './usecases/programme-editor';

/** Enrollment's part of the intake subgraph's SDL (with the subgraph's federation link). */
export const ENROLLMENT_TYPE_PATHS = [
  join(__dirname, 'enrollment.graphql'),
  join(__dirname, 'programme-terms.graphql'),
  join(__dirname, 'people.graphql'),
  ...PAGE_INFO_TYPE_PATHS,
];
export const ENROLLMENT_RESOLVERS = [CandidateResolver, ProgrammeResolver, PeopleResolver];

@Module({
  controllers: [FormerOccupationConsumer],
  providers: [
    ProgrammeRepository,
    CandidateRepository,
    EnrollCandidateHandler,
    CreateProgrammeHandler,
    CreateSponsorHandler,
    ProgrammeTermsRepository,
    ProgrammeEditor,
    AmendProgrammeHandler,
    CloseProgrammeHandler,
    CandidateAccessRepository,
    PeopleRepository,
    ListPeopleHandler,
    ...ENROLLMENT_RESOLVERS,
  ],
})
export class EnrollmentModule {}
