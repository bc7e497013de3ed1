import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { SUPPRESSION_TYPE_PATHS } from '@passerelle/shared/graphql';
import {
  CandidateAccessRepository,
  CandidateLifecycleRepository,
  OutcomeRepository,
  ProgrammeRepository,
} from '@passerelle/intake/data-access';
import { DecideValidJobOfferHandler } from './usecases/decide-valid-job-offer/decide-valid-job-offer.handler';
import { LogValidJobOfferHandler } from './usecases/log-valid-job-offer/log-valid-job-offer.handler';
import { ReadValidJobOfferRegisterHandler } from './usecases/read-valid-job-offer-register/read-valid-job-offer-register.handler';
import { CandidateOutcomesResolver, OutcomesResolver } from './outcomes.resolver';
import { CorrectOutcomeHandler } from './usecases/correct-outcome/correct-outcome.handler';
import { OutcomeWriter } from './usecases/outcome-writer';
import { RecordOutcomeHandler } from './usecases/record-outcome/record-outcome.handler';
import { CandidateLifecycleResolver } from './lifecycle.resolver';
import { LifecycleEventsConsumer } from './lifecycle-events.consumer';
import { ActivateCandidateHandler } from './usecases/activate-candidate/activate-candidate.handler';
import { ChangeCandidateStatusHandler } from './usecases/change-candidate-status/change-candidate-status.handler';

export const OUTCOMES_TYPE_PATHS = [
  join(__dirname, 'outcomes.graphql'),
  join(__dirname, 'lifecycle.graphql'),
  ...SUPPRESSION_TYPE_PATHS,
];
export const OUTCOMES_RESOLVERS = [CandidateOutcomesResolver, OutcomesResolver, CandidateLifecycleResolver];

/** A person's outcome, their valid job offers, and their lifecycle (which outcomes move on). */
@Module({
  controllers: [LifecycleEventsConsumer],
  providers: [
    CandidateAccessRepository,
    CandidateLifecycleRepository,
    ChangeCandidateStatusHandler,
    ActivateCandidateHandler,
    OutcomeRepository,
    ProgrammeRepository,
    OutcomeWriter,
    RecordOutcomeHandler,
    CorrectOutcomeHandler,
    ReadValidJobOfferRegisterHandler,
    LogValidJobOfferHandler,
    DecideValidJobOfferHandler,
    ...OUTCOMES_RESOLVERS,
  ],
})
export class OutcomesModule {}
