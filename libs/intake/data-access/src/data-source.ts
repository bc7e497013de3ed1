import { ConfidentialReadEntity } from '@passerelle/shared/database';
import type { DataSourceOptions } from 'typeorm';
import { serviceDataSourceOptions } from '@passerelle/shared/database';
import {
  CreateMessagingTables1763900000000,
  DeadLetterRecordEntity,
  DeadLetterRecords1766220000000,
  HeldEventEntity,
  InboxMessageEntity,
  OutboxMessageEntity,
  ParkedKeyEntity,
  ParkedKeysAndInboxPurge1766110000000,
} from '@passerelle/shared/messaging';
import { CandidateEntity } from './entities/candidate.entity';
import { ProgrammeEntity } from './entities/programme.entity';
import { SponsorEntity } from './entities/sponsor.entity';
import { CreateIntakeTables1763900001000 } from './migrations/1763900001000-create-intake-tables';
import { CaseloadAssignmentEntity } from './entities/caseload-assignment.entity';
import { CandidateErasureEntity, ConsentEntity } from './entities/consent.entity';
import { DiagnosticEntity, TrackOverrideEntity } from './entities/diagnostic.entity';
import { OutcomeEntity, ValidJobOfferEntity } from './entities/outcome.entity';
import { IntakeJourneyTables1763900012000 } from './migrations/1763900012000-intake-journey-tables';
import {
  ImportBatchEntity,
  ImportColumnMappingEntity,
  ImportFileKeyEntity,
  ImportRowErrorEntity,
} from './entities/import-batch.entity';
import { ImportUploadChunkEntity, ImportUploadEntity } from './entities/import-upload.entity';
import { CandidateRecordAndImport1763900011000 } from './migrations/1763900011000-candidate-record-and-import';
import { ImportChunkFunction1763900011100 } from './migrations/1763900011100-import-chunk-function';
import { ImportAttemptsAndCancel1763900013000 } from './migrations/1763900013000-import-attempts-and-cancel';
import { UploadProgramme1763900013100 } from './migrations/1763900013100-upload-programme';
import { DropImportChunkFunction1763900014000 } from './migrations/1763900014000-drop-import-chunk-function';
import { SharedConfidentialRead1763900015000 } from './migrations/1763900015000-shared-confidential-read';
import { ConsentPurposes1763900016000 } from './migrations/1763900016000-consent-purposes';
import { PeopleSearch1763900017000 } from './migrations/1763900017000-people-search';
import { ErasureRequest1763900018000 } from './migrations/1763900018000-erasure-request';
import { ErasureRequestEntity } from './entities/erasure-request.entity';
import { CandidateStatusChangeEntity } from './entities/candidate-status-change.entity';
import { CandidateStatusChange1765800000000 } from './migrations/1765800000000-candidate-status-change';
import { CandidateRiskEntity } from './entities/candidate-risk.entity';
import { CandidateRisk1765800000400 } from './migrations/1765800000400-candidate-risk';
import { CaseloadOffice1765800000500 } from './migrations/1765800000500-caseload-office';
import { FormerOccupationFromMatching1765910000100 } from './migrations/1765910000100-former-occupation-from-matching';
import { CommuneEmploymentZone1765920000000 } from './migrations/1765920000000-commune-employment-zone';
import { DemographicsAndOveRegister1765940000000 } from './migrations/1765940000000-demographics-and-ove-register';
import { ProgrammeServiceLevels1766050000000 } from './migrations/1766050000000-programme-service-levels';
import { ProgrammeEmployerNafCode1766100000000 } from './migrations/1766100000000-programme-employer-naf-code';
import { CandidateService1766100000100 } from './migrations/1766100000100-candidate-service';

/** Intake's own journey tables: diagnostics, caseload, outcomes, consent and erasure. */
const JOURNEY_ENTITIES = [
  DiagnosticEntity,
  TrackOverrideEntity,
  ConfidentialReadEntity,
  CaseloadAssignmentEntity,
  OutcomeEntity,
  ValidJobOfferEntity,
  ConsentEntity,
  CandidateErasureEntity,
  ErasureRequestEntity,
  CandidateStatusChangeEntity,
  CandidateRiskEntity,
];

/** The HR-file import: uploads, batches, row errors, saved column mappings and the ROME title lookup. */
const IMPORT_ENTITIES = [
  ImportUploadEntity,
  ImportUploadChunkEntity,
  ImportBatchEntity,
  ImportRowErrorEntity,
  ImportFileKeyEntity,
  ImportColumnMappingEntity,
];

export function intakeDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [
      SponsorEntity,
      ProgrammeEntity,
      CandidateEntity,
      ...JOURNEY_ENTITIES,
      ...IMPORT_ENTITIES,
      OutboxMessageEntity,
      InboxMessageEntity,
      ParkedKeyEntity,
      HeldEventEntity,
      DeadLetterRecordEntity,
    ],
    migrations: [
      CreateMessagingTables1763900000000,
      ParkedKeysAndInboxPurge1766110000000,
      DeadLetterRecords1766220000000,
      CreateIntakeTables1763900001000,
      CandidateRecordAndImport1763900011000,
      ImportChunkFunction1763900011100,
      IntakeJourneyTables1763900012000,
      ImportAttemptsAndCancel1763900013000,
      UploadProgramme1763900013100,
      DropImportChunkFunction1763900014000,
      SharedConfidentialRead1763900015000,
      ConsentPurposes1763900016000,
      PeopleSearch1763900017000,
      ErasureRequest1763900018000,
      CandidateStatusChange1765800000000,
      CandidateRisk1765800000400,
      CaseloadOffice1765800000500,
      FormerOccupationFromMatching1765910000100,
      CommuneEmploymentZone1765920000000,
      DemographicsAndOveRegister1765940000000,
      ProgrammeServiceLevels1766050000000,
      ProgrammeEmployerNafCode1766100000000,
      CandidateService1766100000100,
    ],
  });
}
