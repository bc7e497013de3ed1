import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compatibilityProblems } from './compatibility';
import { EVENT_CATALOGUE, EventValidationError, parseEvent, type EventKey } from './registry';
import { currentJsonSchema, readReleasedSchema } from './released-schemas';

const keys = Object.keys(EVENT_CATALOGUE) as EventKey[];
const golden = (key: EventKey) =>
  JSON.parse(readFileSync(join(__dirname, 'golden', `${key}.json`), 'utf8')) as Record<string, unknown>;

describe('event catalogue', () => {
  it.each(keys)('%s has a golden example that validates', (key) => {
    const event = parseEvent(golden(key));
    expect(`${event.type}.v${event.version}`).toBe(key);
  });

  it.each(keys)('%s stays compatible with its released schema', (key) => {
    const released = readReleasedSchema(key);
    expect(released).not.toBeNull();
    expect(compatibilityProblems(released!, currentJsonSchema(key))).toEqual([]);
  });
});

describe('parseEvent', () => {
  const base = golden('CandidateEnrolled.v1');

  it.each([
    ['an unknown version', { ...base, version: 9 }, /unknown event CandidateEnrolled.v9/],
    ['a wrong producer', { ...base, producer: 'matching' }, /produced by intake, not matching/],
    ['a missing event id', { ...base, eventId: undefined }, /invalid envelope: eventId/],
    [
      'a bad ROME code',
      { ...base, payload: { ...(base.payload as object), formerOccupationCode: 'plumber' } },
      /formerOccupationCode: a ROME code such as M1805/,
    ],
  ])('rejects %s with a reason naming the field', (_label, raw, reason) => {
    expect(() => parseEvent(raw)).toThrow(EventValidationError);
    expect(() => parseEvent(raw)).toThrow(reason);
  });
});

describe('compatibilityProblems', () => {
  const released = {
    type: 'object',
    properties: { a: { type: 'string' }, b: { type: 'number' } },
    required: ['a'],
  };

  it.each([
    [
      'an added optional field',
      { ...released, properties: { ...released.properties, c: { type: 'string' } } },
      [],
    ],
    ['a removed field', { ...released, properties: { a: { type: 'string' } } }, ['(root).b: removed']],
    [
      'a changed type',
      { ...released, properties: { ...released.properties, b: { type: 'string' } } },
      ['(root).b: "type" changed from "number" to "string"'],
    ],
    [
      'a newly required field',
      { ...released, required: ['a', 'b'] },
      ['(root).b: newly required (only optional fields may be added)'],
    ],
  ])('%s', (_label, current, expected) => {
    expect(compatibilityProblems(released, current)).toEqual(expected);
  });
});
