import { Module } from '@nestjs/common';
import { join } from 'node:path';
import {
  CandidateAccessRepository,
  ConsentRepository,
  DiagnosticRepository,
  PersonalDataRepository,
} from '@passerelle/intake/data-access';
import { EraseCandidateHandler } from './usecases/erase-candidate/erase-candidate.handler';
import { ExportPersonalDataHandler } from './usecases/export-personal-data/export-personal-data.handler';
import { CandidateConsentResolver, PrivacyResolver } from './privacy.resolver';
import { RecordConsentHandler } from './usecases/record-consent/record-consent.handler';

export const PRIVACY_TYPE_PATHS = [join(__dirname, 'privacy.graphql')];
export const PRIVACY_RESOLVERS = [CandidateConsentResolver, PrivacyResolver];

@Module({
  providers: [
    CandidateAccessRepository,
    ConsentRepository,
    DiagnosticRepository,
    PersonalDataRepository,
    RecordConsentHandler,
    ExportPersonalDataHandler,
    EraseCandidateHandler,
    ...PRIVACY_RESOLVERS,
  ],
})
export class PrivacyModule {}
