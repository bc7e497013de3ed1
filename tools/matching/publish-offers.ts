// Publishes realistic synthetic job offers (no real postings are available) as JobOfferPublished
// events, for the demo and load tests: ROME titles and skills, INSEE communes, a seed so that the
// same offers come back. The matching service ingests them like any offer feed.
//   npm run offers:publish -- --count 500 [--seed 7] [--from ../shared/data] [--brokers 127.0.0.1:19092]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Kafka, Partitioners } from 'kafkajs';
import { EVENT_CATALOGUE, type AnyEvent } from '@passerelle/shared/contracts';
import { createEvent, eventHeaders } from '@passerelle/shared/messaging';
import { generateOffers } from '@passerelle/matching/domain';
import { readInseeZones, readRomeRelease } from '@passerelle/matching/feature-reference';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100' },
    seed: { type: 'string', default: '7' },
    from: { type: 'string', default: '../shared/data' },
    brokers: { type: 'string', default: '127.0.0.1:19092' },
    today: { type: 'string', default: new Date().toISOString().slice(0, 10) },
  },
});

async function main(): Promise<void> {
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--count: "${values.count}" is not a positive integer`);
  const directory = resolve(values.from);
  const release = readRomeRelease(directory);
  const skills = new Map<string, string[]>();
  for (const link of release.occupationSkills)
    skills.set(link.romeCode, [...(skills.get(link.romeCode) ?? []), link.skillCode]);
  const titles = new Map<string, string[]>();
  for (const title of release.titles)
    titles.set(title.romeCode, [...(titles.get(title.romeCode) ?? []), title.label]);
  const offers = generateOffers({
    count,
    seed: Number(values.seed),
    occupations: release.occupations.map((o) => ({ code: o.code, skillCodes: skills.get(o.code) ?? [] })),
    titlesByOccupation: titles,
    communes: readInseeZones(directory).communes,
    today: values.today,
  });
  const kafka = new Kafka({ clientId: 'offers-publisher', brokers: values.brokers.split(','), logLevel: 1 });
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    const topic = EVENT_CATALOGUE['JobOfferPublished.v1'].topic;
    for (let i = 0; i < offers.length; i += 500) {
      const messages = offers.slice(i, i + 500).map((offer) => {
        const event = createEvent('JobOfferPublished.v1', offer.id, {
          offerId: offer.id,
          occupationCode: offer.occupationCode,
          title: offer.title,
          communeCode: offer.communeCode,
          contractType: offer.contractType,
          skillCodes: [...offer.skillCodes],
          publishedOn: offer.publishedOn,
          expiresOn: offer.expiresOn,
          publishedAt: new Date().toISOString(),
        });
        return {
          key: offer.id,
          value: JSON.stringify(event),
          headers: eventHeaders(event as AnyEvent, null),
        };
      });
      await producer.send({ topic, acks: -1, messages });
    }
    console.log(`published ${offers.length} offers on ${topic} (seed ${values.seed})`);
  } finally {
    await producer.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`publishing failed: ${(error as Error).message}`);
  process.exit(1);
});
