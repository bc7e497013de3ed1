import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { MatchingDataModule } from '@passerelle/matching/data-access';
import { ReferenceResolver } from './reference.resolver';

export const REFERENCE_TYPE_PATHS = [join(__dirname, 'reference.graphql')];
export const REFERENCE_RESOLVERS = [ReferenceResolver];

/** The reference's queries (the import itself runs from the CLI, `reference-import.ts`). */
@Module({ imports: [MatchingDataModule], providers: [...REFERENCE_RESOLVERS] })
export class ReferenceModule {}
