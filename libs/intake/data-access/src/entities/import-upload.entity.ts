import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An uploaded HR file, kept in PostgreSQL (in chunks) so that any replica can read it again to
 * resume an import after a crash.
 */
@Entity({ name: 'import_upload' })
@Index('import_upload_by_person', ['uploadedBy', 'createdAt'])
export class ImportUploadEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  filename!: string;

  @Column({ type: 'text' })
  uploadedBy!: string;

  /** The programme the upload was authorised for; only an import into it may claim the file. */
  @Column({ type: 'uuid', nullable: true })
  programmeId!: string | null;

  @Column({
    type: 'bigint',
    default: 0,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  sizeBytes!: number;

  @Column({ type: 'integer', default: 0 })
  chunkCount!: number;

  @Column({ type: 'boolean', default: false })
  complete!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

@Entity({ name: 'import_upload_chunk' })
export class ImportUploadChunkEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'import_upload_chunk_pk' })
  uploadId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'import_upload_chunk_pk' })
  seq!: number;

  @Column({ type: 'bytea' })
  data!: Buffer;
}
