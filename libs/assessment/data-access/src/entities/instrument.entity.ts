import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type {
  InstrumentKind,
  Language,
  Localised,
  ResponseFormat,
  ScaleDefinition,
} from '@passerelle/assessment/domain';

/** One version of an instrument, imported as data: response format, scales (the key), languages. */
@Entity({ name: 'instrument' })
@Index('instrument_code_version', ['code', 'version'], { unique: true })
export class InstrumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  version!: string;

  @Column({ type: 'text' })
  kind!: InstrumentKind;

  @Column({ type: 'jsonb' })
  title!: Localised;

  @Column({ type: 'jsonb' })
  responseFormat!: ResponseFormat;

  @Column({ type: 'jsonb' })
  scales!: ScaleDefinition[];

  @Column({ type: 'text' })
  scoring!: 'sum' | 'mean';

  @Column({ type: 'text', array: true })
  languages!: Language[];

  /** Where the items come from and under which licence, as the report must credit it. */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'timestamptz' })
  importedAt!: Date;
}

@Entity({ name: 'instrument_item' })
export class InstrumentItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  instrumentId!: string;

  @PrimaryColumn({ type: 'text' })
  itemId!: string;

  @Column({ type: 'text', nullable: true })
  scale!: string | null;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'jsonb' })
  text!: Localised;
}
