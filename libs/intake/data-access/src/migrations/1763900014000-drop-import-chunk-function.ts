import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ImportChunkFunction1763900011100 } from './1763900011100-import-chunk-function';

/**
 * The import's duplicate and update rules moved to the domain (decideImportChunk, import-merge.ts);
 * the chunk is now read and written with set-based statements from TypeScript. Down recreates the
 * function exactly as its own migration made it.
 */
export class DropImportChunkFunction1763900014000 implements MigrationInterface {
  name = 'DropImportChunkFunction1763900014000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION intake_import_chunk(uuid, uuid, uuid, timestamptz, text, text)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await new ImportChunkFunction1763900011100().up(queryRunner);
  }
}
