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
});
