import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An upload names the programme it was authorised for (checked before a byte of it is stored), and
 * uploads no batch claims can be counted per person and found by age, to cap and delete them.
 */
export class UploadProgramme1763900013100 implements MigrationInterface {
  name = 'UploadProgramme1763900013100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_upload" ADD "programme_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "import_upload_by_person" ON "import_upload" ("uploaded_by", "created_at")`,
    );
    await queryRunner.query(`CREATE INDEX "import_batch_upload" ON "import_batch" ("upload_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "import_batch_upload"`);
    await queryRunner.query(`DROP INDEX "import_upload_by_person"`);
    await queryRunner.query(`ALTER TABLE "import_upload" DROP "programme_id"`);
  }
}
