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
import { OccupationRecommendationEntity } from './occupation-recommendation.entity';
import { CreateOccupationRecommendationTable1763900004000 } from './migrations/1763900004000-create-occupation-recommendation';
import { CreateReferenceTables1763900016000 } from './migrations/1763900016000-create-reference-tables';
import { CreateProfilesOffersMatches1763900016100 } from './migrations/1763900016100-create-profiles-offers-matches';
import { CandidateProfileEntity } from './candidate-profile.entity';
import { JobOfferEntity } from './job-offer.entity';
import { JobOfferOwnerEntity } from './job-offer-owner.entity';
import { JobOfferOwner1764806600000 } from './migrations/1764806600000-job-offer-owner';
import { ProfileLeadsHeld1765800000300 } from './migrations/1765800000300-profile-leads-held';
import { QualificationLevelAndExplanationEn1765900000000 } from './migrations/1765900000000-qualification-level-and-explanation-en';
import { ProfileHollandCodeOnRelease1765900000100 } from './migrations/1765900000100-profile-holland-code-on-release';
import { ZonesAndCertifications1765920000100 } from './migrations/1765920000100-zones-and-certifications';
import { OfferFeedbackEntity, OfferMatchEntity } from './offer-match.entity';
import { FormerOccupationConfirmationEntity } from './former-occupation-confirmation.entity';
import { FormerOccupationConfirmation1765910000000 } from './migrations/1765910000000-former-occupation-confirmation';
import { ProfileProjectTargets1766040000000 } from './migrations/1766040000000-profile-project-targets';
import { TitleContext1766100001000 } from './migrations/1766100001000-title-context';
import { TitleOnProfile1766160000000 } from './migrations/1766160000000-title-on-profile';
import { ProgrammeTitleContextEntity } from './programme-title-context.entity';

export function matchingDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [
      OccupationRecommendationEntity,
      CandidateProfileEntity,
      JobOfferEntity,
      JobOfferOwnerEntity,
      OfferMatchEntity,
      OfferFeedbackEntity,
      FormerOccupationConfirmationEntity,
      ProgrammeTitleContextEntity,
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
      CreateOccupationRecommendationTable1763900004000,
      CreateReferenceTables1763900016000,
      CreateProfilesOffersMatches1763900016100,
      JobOfferOwner1764806600000,
      ProfileLeadsHeld1765800000300,
      QualificationLevelAndExplanationEn1765900000000,
      ProfileHollandCodeOnRelease1765900000100,
      FormerOccupationConfirmation1765910000000,
      ZonesAndCertifications1765920000100,
      ProfileProjectTargets1766040000000,
      TitleContext1766100001000,
      TitleOnProfile1766160000000,
    ],
  });
}
