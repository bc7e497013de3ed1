import { Module } from '@nestjs/common';
import { join } from 'node:path';
import {
  CandidateAccessRepository,
  ConsentRepository,
  DiagnosticRepository,
} from '@passerelle/intake/data-access';
import { CandidateDiagnosticResolver, DiagnosticResolver } from './diagnostic.resolver';
import { OverrideTrackHandler } from './usecases/override-track/override-track.handler';
import { SaveDiagnosticAnswersHandler } from './usecases/save-diagnostic-answers/save-diagnostic-answers.handler';
import { SubmitDiagnosticHandler } from './usecases/submit-diagnostic/submit-diagnostic.handler';

export const DIAGNOSTIC_TYPE_PATHS = [join(__dirname, 'diagnostic.graphql')];
export const DIAGNOSTIC_RESOLVERS = [DiagnosticResolver, CandidateDiagnosticResolver];

@Module({
  providers: [
    CandidateAccessRepository,
    ConsentRepository,
    DiagnosticRepository,
    SaveDiagnosticAnswersHandler,
    SubmitDiagnosticHandler,
    OverrideTrackHandler,
    ...DIAGNOSTIC_RESOLVERS,
  ],
})
export class DiagnosticModule {}
