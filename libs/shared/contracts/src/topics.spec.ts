import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_CATALOGUE } from './registry';
import { SERVICE_NAMES } from './envelope';
import { TOPIC_PREFIX_PATTERN, deadLetterTopicOf, topicName } from './topics';

describe('topicName', () => {
  it.each([
    ['', 'passerelle.intake.candidate', 'passerelle.intake.candidate'],
    ['t3f9a01c2.', 'passerelle.intake.candidate', 't3f9a01c2.passerelle.intake.candidate'],
    ['e2e-run-7.', 'passerelle.dlq.pathway', 'e2e-run-7.passerelle.dlq.pathway'],
    ['staging.', 'passerelle.career.project', 'staging.passerelle.career.project'],
  ])('prefix %j on %s is %s', (prefix, topic, expected) => {
    expect(topicName(prefix, topic)).toBe(expected);
  });

  it.each([
    ['no trailing dot', 't3f9a01c2'],
    ['an underscore (Kafka mixes _ and . in its metric names)', 'run_1.'],
    ['upper case', 'Run1.'],
    ['a leading dash', '-run.'],
    ['two dots in a row', 'run..'],
    ['a space', 'run 1.'],
    ['a slash', 'run/1.'],
  ])('refuses a prefix with %s (%j), naming the rule', (_, prefix) => {
    expect(() => topicName(prefix, 'passerelle.intake.candidate')).toThrow(
      `topic prefix "${prefix}": lowercase letters, digits and dashes ending with a dot (t3f9a01c2.), or empty`,
    );
  });

  it('keeps every topic a legal Kafka name (at most 249 characters of [a-zA-Z0-9._-]) under a long prefix', () => {
    const prefix = `${'a'.repeat(60)}.`;
    expect(TOPIC_PREFIX_PATTERN.test(prefix)).toBe(true);
    const topics = [
      ...Object.values(EVENT_CATALOGUE).map(({ topic }) => topic),
      ...SERVICE_NAMES.map(deadLetterTopicOf),
    ];
    for (const topic of topics) expect(topicName(prefix, topic)).toMatch(/^[a-zA-Z0-9._-]{1,249}$/);
  });

  it('names, under the empty prefix, exactly the topics infra/kafka/topics.json creates', () => {
    const file = JSON.parse(readFileSync(join(__dirname, '../../../../infra/kafka/topics.json'), 'utf8')) as {
      name: string;
    }[];
    const named = new Set([
      ...Object.values(EVENT_CATALOGUE).map(({ topic }) => topicName('', topic)),
      ...SERVICE_NAMES.map((service) => topicName('', deadLetterTopicOf(service))),
    ]);
    expect(new Set(file.map((t) => t.name))).toEqual(named);
  });
});
