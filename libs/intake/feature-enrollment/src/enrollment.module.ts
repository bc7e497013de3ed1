import { Module } from '@nestjs/common';
import { join } from 'node:path';
import {
  CandidateAccessRepository,
  CandidateRepository,
  ProgrammeRepository,
  ProgrammeTermsRepository,
} from '@passerelle/intake/data-access';
import { AmendProgrammeHandler } from './amend-programme.handler';
import { CandidateResolver } from './candidate.resolver';
import { CreateProgrammeHandler } from './create-programme.handler';
import { EnrollCandidateHandler } from './enroll-candidate.handler';
import { ProgrammeResolver } from './programme.resolver';

/** The intake subgraph's SDL, read by the app and by the supergraph composition. */
export const INTAKE_TYPE_PATHS = [
  join(__dirname, 'intake.graphql'),
  join(__dirname, 'programme-terms.graphql'),
];
export const INTAKE_RESOLVERS = [CandidateResolver, ProgrammeResolver];

@Module({
  providers: [
    ProgrammeRepository,
    CandidateRepository,
    EnrollCandidateHandler,
    CreateProgrammeHandler,
    ProgrammeTermsRepository,
    AmendProgrammeHandler,
    CandidateAccessRepository,
    ...INTAKE_RESOLVERS,
  ],
})
export class EnrollmentModule {}
