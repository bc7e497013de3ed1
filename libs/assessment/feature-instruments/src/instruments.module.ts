import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { SUPPRESSION_TYPE_PATHS } from '@passerelle/shared/graphql';
import { AssessmentRepository, InstrumentRepository } from '@passerelle/assessment/data-access';
import { InstrumentsResolver } from './instruments.resolver';
import { ProgrammeScopeReader } from './programme-scope.reader';

export const INSTRUMENTS_TYPE_PATHS = [join(__dirname, 'instruments.graphql'), ...SUPPRESSION_TYPE_PATHS];
export const INSTRUMENTS_RESOLVERS = [InstrumentsResolver];

/** The instrument catalogue, and how far a programme's people are with each instrument. */
@Module({
  providers: [AssessmentRepository, InstrumentRepository, ProgrammeScopeReader, ...INSTRUMENTS_RESOLVERS],
})
export class InstrumentsModule {}
