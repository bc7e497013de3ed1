import { Module } from '@nestjs/common';
import { join } from 'node:path';
import {
  CandidateAccessRepository,
  CandidateRepository,
  ConsentRepository,
  DiagnosticRepository,
  ErasureRequestRepository,
  PersonalDataRepository,
} from '@passerelle/intake/data-access';
import { RequestErasureHandler } from './usecases/request-erasure/request-erasure.handler';
import { EraseCandidateHandler } from './usecases/erase-candidate/erase-candidate.handler';
import { ExportPersonalDataHandler } from './usecases/export-personal-data/export-personal-data.handler';
import { PersonalDataSources } from './personal-data-sources';
import { CandidateContactController } from './candidate-contact.controller';
import { CandidateConsentResolver, PrivacyResolver } from './privacy.resolver';
import { ReadCandidateContactHandler } from './usecases/read-candidate-contact/read-candidate-contact.handler';
import { ReadCandidateContactsHandler } from './usecases/read-candidate-contacts/read-candidate-contacts.handler';
import { RecordConsentHandler } from './usecases/record-consent/record-consent.handler';
import { RecordSmsConsentHandler } from './usecases/record-sms-consent/record-sms-consent.handler';
import { ReadSmsContactHandler } from './usecases/read-sms-contact/read-sms-contact.handler';

export const PRIVACY_TYPE_PATHS = [join(__dirname, 'privacy.graphql')];
export const PRIVACY_RESOLVERS = [CandidateConsentResolver, PrivacyResolver];

/** Consent, export, requests to be erased and erasure; and the internal route other services read a person's contact from. */
@Module({
  controllers: [CandidateContactController],
  providers: [
    CandidateAccessRepository,
    CandidateRepository,
    ConsentRepository,
    DiagnosticRepository,
    PersonalDataRepository,
    RecordConsentHandler,
    RecordSmsConsentHandler,
    ExportPersonalDataHandler,
    PersonalDataSources,
    EraseCandidateHandler,
    ReadCandidateContactHandler,
    ReadCandidateContactsHandler,
    ReadSmsContactHandler,
    ErasureRequestRepository,
    RequestErasureHandler,
    ...PRIVACY_RESOLVERS,
  ],
})
export class PrivacyModule {}
