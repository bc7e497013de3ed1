import type { KafkaMessage } from 'kafkajs';
import { decodeMessage } from './decode-message';

const record = (value: string | null): KafkaMessage =>
  ({
    key: null,
    value: value === null ? null : Buffer.from(value),
    offset: '0',
    timestamp: '0',
    attributes: 0,
    headers: {},
  }) as KafkaMessage;

describe('decodeMessage', () => {
  it.each([
    [null, 'empty message value'],
    ['{not json', 'value is not JSON'],
    ['{"type":"CandidateEnrolled"}', 'invalid envelope'],
  ])('treats %p as poison with a reason', (value, reason) => {
    const decoded = decodeMessage(record(value));
    expect(decoded.kind).toBe('poison');
    expect(decoded.kind === 'poison' && decoded.reason).toContain(reason);
  });

  const envelope = {
    eventId: '0193a0c4-9b8e-7000-8000-000000000001',
    occurredAt: '2026-12-05T10:00:00Z',
    producer: 'intake',
    aggregateId: '0193a0c4-9b8e-7000-8000-000000000002',
    correlationId: 'c-1',
    causationId: null,
  };

  it.each([
    ['CandidateEnrolled', 2, 'CandidateEnrolled.v2'],
    ['CandidateTeleported', 1, 'CandidateTeleported.v1'],
  ])(
    'skips a well-formed %s v%i it does not know, without a reason to dead-letter it',
    (type, version, key) => {
      const decoded = decodeMessage(
        record(JSON.stringify({ ...envelope, type, version, payload: { x: 1 } })),
      );
      expect(decoded).toMatchObject({ kind: 'unknown', key, eventId: envelope.eventId });
    },
  );

  it('still treats a known version with a payload that breaks its schema as poison', () => {
    const decoded = decodeMessage(
      record(
        JSON.stringify({ ...envelope, type: 'CandidateErased', version: 1, payload: { candidateId: 'x' } }),
      ),
    );
    expect(decoded.kind).toBe('poison');
    expect(decoded.kind === 'poison' && decoded.reason).toContain('invalid CandidateErased.v1 payload');
  });

  it('applies a known version carrying a field it does not know, without the field (forward compatible)', () => {
    const decoded = decodeMessage(
      record(
        JSON.stringify({
          ...envelope,
          type: 'CandidateErased',
          version: 1,
          payload: {
            candidateId: envelope.aggregateId,
            erasedAt: '2026-12-05T10:00:00Z',
            reasonCode: 'art17',
          },
        }),
      ),
    );
    expect(decoded.kind === 'event' && decoded.event.payload).toEqual({
      candidateId: envelope.aggregateId,
      erasedAt: '2026-12-05T10:00:00Z',
    });
  });
});
