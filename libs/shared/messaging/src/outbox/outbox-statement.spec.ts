import { EVENT_CATALOGUE } from '@passerelle/shared/contracts';
import { createEvent } from './event-factory';
import { outboxInsert } from './outbox-statement';
import { outboxRows } from './outbox.writer';

const booked = (candidateId: string) =>
  createEvent('SessionBooked.v1', candidateId, {
    sessionId: '0195b2c0-0000-7000-8000-000000000001',
    candidateId,
    coachId: '0195b2c0-0000-7000-8000-000000000002',
    officeId: '0195b2c0-0000-7000-8000-000000000003',
    kind: 'follow_up',
    mode: 'video',
    startsAt: '2026-12-02T09:00:00.000Z',
    endsAt: '2026-12-02T10:00:00.000Z',
    bookedAt: '2026-12-01T09:00:00.000Z',
  });

describe('outboxInsert', () => {
  const events = [
    booked('0195b2c0-0000-7000-8000-00000000000a'),
    booked('0195b2c0-0000-7000-8000-00000000000b'),
  ];

  it.each([
    [1, '$1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[]'],
    [25, '$25::uuid[], $26::text[], $27::text[], $28::text[], $29::jsonb[], $30::jsonb[]'],
  ])('numbers its six parameters from $%s', (first, parameters) => {
    expect(outboxInsert(events, first).sql).toBe(
      'INSERT INTO outbox_message (id, topic, message_key, event_type, headers, envelope)\n' +
        `SELECT * FROM unnest(${parameters})`,
    );
  });

  it('writes the rows OutboxWriter writes: ids, catalogue topics, keys, types, headers, envelopes', () => {
    const { parameters } = outboxInsert(events, 1);
    expect(parameters).toEqual(outboxRows(events));
    const [ids, topics, keys, types] = parameters;
    expect(ids).toEqual(events.map((event) => event.eventId));
    expect(topics).toEqual([
      EVENT_CATALOGUE['SessionBooked.v1'].topic,
      EVENT_CATALOGUE['SessionBooked.v1'].topic,
    ]);
    expect(keys).toEqual(events.map((event) => event.aggregateId));
    expect(types).toEqual(['SessionBooked.v1', 'SessionBooked.v1']);
  });

  it('routes to another topic when told (benchmarks, isolated environments)', () => {
    expect(outboxInsert(events, 1, () => 'bench.sessions').parameters[1]).toEqual([
      'bench.sessions',
      'bench.sessions',
    ]);
  });

  it('inserts nothing for no events: six empty arrays', () => {
    expect(outboxInsert([], 1).parameters).toEqual([[], [], [], [], [], []]);
  });
});
