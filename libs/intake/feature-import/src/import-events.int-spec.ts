import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { HEADERS } from '@passerelle/shared/contracts';
import { OutboxRelay, createEvent, createKafka } from '@passerelle/shared/messaging';
import { TopicReader, testInfrastructure, waitFor } from '@passerelle/shared/testing';
import { cellsOf, csvFile, hrRows } from './test/hr-files';
import { ImportTestKit, silentLogger } from './test/import-test-kit';

let kit: ImportTestKit;
let kafka: Kafka;
let topic: string;
let relay: OutboxRelay;
let reader: TopicReader;

beforeAll(async () => {
  kafka = createKafka(
    `intake-import-test-${randomUUID().slice(0, 8)}`,
    testInfrastructure().kafkaBrokers,
    silentLogger,
  );
  topic = `test.intake.import.${randomUUID()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  await admin.disconnect();
  // The import's events go to a topic of this test's own, so other runs cannot disturb the count.
  kit = await ImportTestKit.create('intake_import_events', () => topic);
  relay = new OutboxRelay({ dataSource: kit.dataSource, kafka, logger: silentLogger, pollIntervalMs: 20 });
  await relay.start();
  reader = await TopicReader.start(kafka, [topic]);
});

afterAll(async () => {
  await reader?.stop();
  await relay?.stop();
  await kit?.stop();
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();
});

const enrolledOnKafka = () =>
  reader
    .matching((m) => m.header(HEADERS.eventType) === 'CandidateEnrolled')
    .map((m) => JSON.parse(m.value!));

/** A marker committed after the import: once it is on Kafka, everything before it is too. */
async function drain(): Promise<void> {
  const markerId = randomUUID();
  const marker = createEvent('CandidateEnrolled.v1', markerId, {
    candidateId: markerId,
    programmeId: randomUUID(),
    sponsorId: randomUUID(),
    officeIds: [],
    enrolledAt: new Date().toISOString(),
    formerOccupationCode: null,
    languages: ['fr'],
  });
  await kit.dataSource.transaction((manager) => kit.writer.append(manager, [marker]));
  await waitFor(async () => reader.matching((m) => m.header(HEADERS.eventId) === marker.eventId).length > 0, {
    what: 'the marker event on Kafka',
  });
  // The relay has published everything before the marker; the reader may not have read it all yet.
  await reader.readToEnd();
}

describe('CandidateEnrolled from an import', () => {
  it('publishes one event per new candidate, keyed by the candidate, and none when the file comes again', async () => {
    const file = csvFile(hrRows(300).map(cellsOf), { delimiter: ';', encoding: 'windows-1252' });
    const first = await kit.importFile(file, 'pse.csv', { chunkSize: 100 });
    expect(first.rowsEnrolled).toBe(300);
    await drain();
    const ours = enrolledOnKafka().filter((event) => event.payload.programmeId === kit.programmeId);
    expect(ours).toHaveLength(300);
    const ids = (await kit.candidates()).map((c) => c['id']).sort();
    expect(ours.map((event) => event.payload.candidateId).sort()).toEqual(ids);
    for (const event of ours) {
      expect(event.aggregateId).toBe(event.payload.candidateId);
      // The made-up people live around Lyon (postcodes 69xxx): their area travels, not their address.
      expect(event.payload).toMatchObject({
        sponsorId: kit.sponsorId,
        officeIds: [kit.office],
        homeDepartmentCode: '69',
      });
      // Events carry ids, never the person's name or email.
      expect(JSON.stringify(event)).not.toMatch(/acme-industrie\.example|Benali/);
    }
    const keys = reader
      .matching((m) => m.header(HEADERS.eventType) === 'CandidateEnrolled')
      .map((m) => m.message.key?.toString());
    expect(keys).toEqual(expect.arrayContaining(ids));

    const again = await kit.importFile(file, 'pse.csv', { chunkSize: 100 });
    expect(again).toMatchObject({ rowsEnrolled: 0, rowsUnchanged: 300 });
    await drain();
    expect(enrolledOnKafka().filter((event) => event.payload.programmeId === kit.programmeId)).toHaveLength(
      300,
    );
  });
});

describe('the employment zone on the events', () => {
  it("says the zone of the person's commune at enrolment, null from a postcode alone, and the new zone when a correction moves the commune", async () => {
    await kit.zones.replace('test', [
      { communeCode: '69123', zoneCode: '8421' },
      { communeCode: '74056', zoneCode: '8414' },
    ]);
    await drain();
    const before = new Set(enrolledOnKafka().map((event) => event.payload.candidateId));
    const headers = ['Matricule', 'Nom', 'Prénom', 'Email', 'Code commune', 'Code postal'];
    const person = (commune: string) => [
      ['Z-1', 'Martin', 'Léa', 'lea.martin@acme-industrie.example', commune, ''],
      ['Z-2', 'Roux', 'Paul', 'paul.roux@acme-industrie.example', '', '69003'],
      ['Z-3', 'Blanc', 'Inès', 'ines.blanc@acme-industrie.example', '99999', ''],
    ];
    const first = await kit.importFile(
      csvFile(person('69123'), { delimiter: ';', encoding: 'utf-8', headers }),
      'zones.csv',
    );
    expect(first.rowsEnrolled).toBe(3);
    await drain();
    const enrolled = enrolledOnKafka().filter((event) => !before.has(event.payload.candidateId));
    // Lyon's zone; a postcode alone says no zone (it may straddle zones); nor does an unknown commune.
    expect(enrolled.map((event) => event.payload.employmentZoneCode).sort()).toEqual(['8421', null, null]);

    const moved = await kit.importFile(
      csvFile(person('74056'), { delimiter: ';', encoding: 'utf-8', headers }),
      'zones-correction.csv',
    );
    expect(moved.rowsUpdated).toBe(1);
    await drain();
    const corrections = reader
      .matching((m) => m.header(HEADERS.eventType) === 'CandidateDetailsCorrected')
      .map((m) => JSON.parse(m.value!))
      .filter((event) => !before.has(event.payload.candidateId));
    expect(corrections).toHaveLength(1);
    expect(corrections[0].payload).toMatchObject({ homeDepartmentCode: '74', employmentZoneCode: '8414' });
  });
});
