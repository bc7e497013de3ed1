import 'reflect-metadata';
import { Column, DataSource, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { EntityRowReader } from './entity-row-reader';

@Entity({ name: 'person' })
class PersonEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  firstName!: string;

  @Column({ type: 'date', nullable: true })
  bornOn!: string | null;

  @Column({
    type: 'numeric',
    nullable: true,
    transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  years!: number | null;

  @Column({ type: 'text', array: true })
  languages!: string[];
}

@Entity({ name: 'team' })
class TeamEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;
}

@Entity({ name: 'member' })
class MemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => TeamEntity)
  team!: TeamEntity;
}

// The entities' metadata without a database: what the reader works out and how it hydrates.
async function metadataOnly(): Promise<DataSource> {
  const dataSource = new DataSource({ type: 'postgres', entities: [PersonEntity, TeamEntity, MemberEntity] });
  await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  return dataSource;
}

describe('EntityRowReader', () => {
  let dataSource: DataSource;
  beforeAll(async () => (dataSource = await metadataOnly()));

  it('selects every column once, under the alias', () => {
    expect(new EntityRowReader(dataSource, PersonEntity, 'p').selectList).toBe(
      '"p"."id" AS "p_id", "p"."firstName" AS "p_firstName", "p"."bornOn" AS "p_bornOn", ' +
        '"p"."years" AS "p_years", "p"."languages" AS "p_languages"',
    );
  });

  it.each([
    ['a date read as a Date by pg', { p_bornOn: new Date(1971, 11, 31) }, { bornOn: '1971-12-31' }],
    ['a null date', { p_bornOn: null }, { bornOn: null }],
    ['numeric text through its transformer', { p_years: '21.5' }, { years: 21.5 }],
    ['an array as it comes', { p_languages: ['fr', 'en'] }, { languages: ['fr', 'en'] }],
  ])('hydrates %s', (_case, row, expected) => {
    const person = new EntityRowReader(dataSource, PersonEntity, 'p').hydrate({
      p_id: '5d1c9a40-2f7e-4b8e-8a1d-6a3e0c9b7f21',
      p_firstName: 'Élodie',
      ...row,
    });
    expect(person).toBeInstanceOf(PersonEntity);
    expect(person).toMatchObject({ id: '5d1c9a40-2f7e-4b8e-8a1d-6a3e0c9b7f21', ...expected });
  });

  it('leaves unset a column the row does not have', () => {
    const person = new EntityRowReader(dataSource, PersonEntity, 'p').hydrate({ p_id: 'x', p_years: null });
    expect(Object.keys(person)).toEqual(['id', 'years']);
  });

  it.each([
    ['an entity with relations', MemberEntity, 'm', /reads plain columns only; MemberEntity has relations/],
    [
      'an alias that is not a plain SQL name',
      PersonEntity,
      'p"; DROP TABLE person; --',
      /is not a plain SQL alias/,
    ],
  ])('refuses %s', (_case, target, alias, message) => {
    expect(() => new EntityRowReader(dataSource, target, alias)).toThrow(message);
  });
});
