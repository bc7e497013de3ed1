import { ConfidentialReadEntity } from '@passerelle/shared/database';
import type { DataSourceOptions } from 'typeorm';
import { CANDIDATE_SCOPE_ENTITIES, CANDIDATE_SCOPE_MIGRATIONS } from '@passerelle/shared/candidate-scope';
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
import { AssessmentEntity } from './entities/assessment.entity';
import { InstrumentEntity, InstrumentItemEntity } from './entities/instrument.entity';
import {
  RomeOccupationEntity,
  RomeOccupationSkillEntity,
  RomeSkillEntity,
} from './entities/rome-reference.entity';
import { AssessmentAnswerEntity } from './entities/assessment-answer.entity';
import { CandidateBackgroundEntity } from './entities/candidate-background.entity';
import { AssessmentDebriefEntity } from './entities/assessment-debrief.entity';
import { AssessmentFreeSkillEntity } from './entities/assessment-free-skill.entity';
import { AssessmentProfileEntity } from './entities/assessment-profile.entity';
import { AssessmentSkillItemEntity } from './entities/assessment-skill-item.entity';
import { SuggestedOccupationEntity } from './entities/suggested-occupation.entity';
import { ErasedCandidateEntity } from './entities/erased-candidate.entity';
import { CandidateConsentEntity } from './entities/candidate-consent.entity';
import { CreateAssessmentTable1763900003000 } from './migrations/1763900003000-create-assessment';
import { AssessmentSessionsAndInstruments1763900014000 } from './migrations/1763900014000-assessment-sessions-and-instruments';
import { SharedConfidentialRead1763900015000 } from './migrations/1763900015000-shared-confidential-read';
import { CandidateConsent1765700000000 } from './migrations/1765700000000-candidate-consent';
import { ErasedCandidate1766210000000 } from './migrations/1766210000000-erased-candidate';
import { ResolvedOccupationProvenance1766220000100 } from './migrations/1766220000100-resolved-occupation-provenance';

export const ASSESSMENT_ENTITIES = [
  AssessmentEntity,
  InstrumentEntity,
  InstrumentItemEntity,
  RomeOccupationEntity,
  RomeSkillEntity,
  RomeOccupationSkillEntity,
  AssessmentSkillItemEntity,
  AssessmentAnswerEntity,
  AssessmentFreeSkillEntity,
  AssessmentProfileEntity,
  AssessmentDebriefEntity,
  ConfidentialReadEntity,
  CandidateBackgroundEntity,
  SuggestedOccupationEntity,
  CandidateConsentEntity,
  ErasedCandidateEntity,
];

export function assessmentDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [
      ...ASSESSMENT_ENTITIES,
      ...CANDIDATE_SCOPE_ENTITIES,
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
      ...CANDIDATE_SCOPE_MIGRATIONS,
      CreateAssessmentTable1763900003000,
      AssessmentSessionsAndInstruments1763900014000,
      SharedConfidentialRead1763900015000,
      CandidateConsent1765700000000,
      ErasedCandidate1766210000000,
      ResolvedOccupationProvenance1766220000100,
    ],
  });
}
