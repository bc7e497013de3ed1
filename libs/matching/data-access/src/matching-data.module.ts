import { Module } from '@nestjs/common';
import { CandidateProfileRepository } from './candidate-profile.repository';
import { FormerOccupationConfirmationRepository } from './former-occupation-confirmation.repository';
import { JobOfferRepository } from './job-offer.repository';
import { ProgrammeTitleContextRepository } from './programme-title-context.repository';
import { ReferenceCatalogueCache } from './reference-catalogue.cache';
import { ReferenceRepository } from './reference.repository';

const PROVIDERS = [
  CandidateProfileRepository,
  FormerOccupationConfirmationRepository,
  JobOfferRepository,
  ProgrammeTitleContextRepository,
  ReferenceRepository,
  ReferenceCatalogueCache,
];

/** The repositories and the reference cache: one of each for every feature of the service. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class MatchingDataModule {}
