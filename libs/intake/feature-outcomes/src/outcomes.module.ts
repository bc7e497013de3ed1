import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { SUPPRESSION_TYPE_PATHS } from '@passerelle/shared/graphql';
import {
  CandidateAccessRepository,
  OutcomeRepository,
  ProgrammeRepository,
} from '@passerelle/intake/data-access';
import { DecideValidJobOfferHandler } from './usecases/decide-valid-job-offer/decide-valid-job-offer.handler';
import { LogValidJobOfferHandler } from './usecases/log-valid-job-offer/log-valid-job-offer.handler';
import { CandidateOutcomesResolver, OutcomesResolver } from './outcomes.resolver';
import { CorrectOutcomeHandler } from './usecases/correct-outcome/correct-outcome.handler';
import { OutcomeWriter } from './usecases/outcome-writer';
import { RecordOutcomeHandler } from './usecases/record-outcome/record-outcome.handler';

export const OUTCOMES_TYPE_PATHS = [join(__dirname, 'outcomes.graphql'), ...SUPPRESSION_TYPE_PATHS];
export const OUTCOMES_RESOLVERS = [CandidateOutcomesResolver, OutcomesResolver];

@Module({
  providers: [
    CandidateAccessRepository,
    OutcomeRepository,
    ProgrammeRepository,
    OutcomeWriter,
    RecordOutcomeHandler,
    CorrectOutcomeHandler,
    LogValidJobOfferHandler,
    DecideValidJobOfferHandler,
    ...OUTCOMES_RESOLVERS,
  ],
})
export class OutcomesModule {}
