import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@passerelle/shared/testing';
import { intakeDataSourceOptions } from '../data-source';
import { CandidateEntity } from '../entities/candidate.entity';
import { CandidateRepository } from './candidate.repository';

// findWithOfficeIds reads the person with a query written once (EntityRowReader) instead of the
// query builder: the entity it gives must be the one TypeORM gives, column for column, whatever
// the column's type (dates as yyyy-mm-dd, numeric through its transformer, arrays, nulls).

const officeIds = [randomUUID(), randomUUID()];
const sponsorId = randomUUID();
const programmeId = randomUUID();

let database: TestDatabase;
let dataSource: DataSource;
let candidates: CandidateRepository;

function person(fields: Partial<CandidateEntity>): CandidateEntity {
  return Object.assign(new CandidateEntity(), {
    id: randomUUID(),
    programmeId,
    sponsorId,
    employeeNumber: `E-${randomUUID().slice(0, 8)}`,
    firstName: 'Élodie',
    lastName: "N'Diaye",
    email: `${randomUUID().slice(0, 8)}@acme.example`,
    formerJobTitle: null,
    formerOccupationCode: null,
    languages: ['fr'],
    status: 'enrolled',
    enrolledAt: new Date('2026-03-02T09:15:00.123Z'),
    ...fields,
  });
}

beforeAll(async () => {
  database = await createTestDatabase('intake_candidate_repository');
  dataSource = new DataSource(intakeDataSourceOptions(database.url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.query(`INSERT INTO sponsor (id, name) VALUES ($1, 'Acme')`, [sponsorId]);
  await dataSource.query(
    `INSERT INTO programme (id, sponsor_id, name, office_ids) VALUES ($1, $2, 'PSE', $3)`,
    [programmeId, sponsorId, officeIds],
  );
  candidates = new CandidateRepository(dataSource);
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

describe('CandidateRepository.findWithOfficeIds', () => {
  it.each([
    ['only the required fields', {}],
    [
      'every field of the record',
      {
        formerJobTitle: 'Cariste',
        formerOccupationCode: 'N1101',
        occupationCodeSource: 'given' as const,
        languages: ['fr', 'en', 'ar'],
        phone: '+33 6 12 34 56 78',
        site: 'Lyon',
        service: 'Logistique',
        resolvedOccupationCode: 'N1103',
        resolvedOccupationHow: 'automatic' as const,
        resolvedOccupationAt: new Date('2026-03-03T10:00:00.000Z'),
        hireDate: '2004-09-01',
        seniorityYears: 21.5,
        contractEndDate: '2026-06-30',
        homeCommuneCode: '69123',
        homePostcode: '69003',
        dateOfBirth: '1971-12-31',
        sex: 'female' as const,
        socioProfessionalCategory: 'ouvrier' as const,
        importBatchId: randomUUID(),
      },
    ],
  ])('gives the entity TypeORM gives, with %s, and the offices of the programme', async (_case, fields) => {
    const inserted = person(fields);
    await dataSource.getRepository(CandidateEntity).insert(inserted);
    const byTypeOrm = await dataSource.getRepository(CandidateEntity).findOneByOrFail({ id: inserted.id });

    const found = await candidates.findWithOfficeIds(inserted.id);

    expect(found).not.toBeNull();
    expect(found!.candidate).toBeInstanceOf(CandidateEntity);
    expect(found!.candidate).toStrictEqual(byTypeOrm);
    expect(found!.officeIds).toEqual(officeIds);
    expect(found!.candidate).toMatchObject({ ...fields, enrolledAt: inserted.enrolledAt });
  });

  it('finds no one for an id nobody has', async () => {
    expect(await candidates.findWithOfficeIds(randomUUID())).toBeNull();
  });

  it('gives no office when the programme is missing', async () => {
    const orphan = person({ programmeId: randomUUID() });
    await dataSource.getRepository(CandidateEntity).insert(orphan);
    expect((await candidates.findWithOfficeIds(orphan.id))?.officeIds).toEqual([]);
  });
});
