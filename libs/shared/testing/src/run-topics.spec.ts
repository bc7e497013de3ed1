import { newTopicPrefix, staleRunTopics } from './run-topics';

describe('run topic prefixes', () => {
  const now = new Date('2026-12-05T12:00:00Z');

  it('are legal KAFKA_TOPIC_PREFIX values, unique per run, saying the minute they were made', () => {
    const prefixes = Array.from({ length: 200 }, () => newTopicPrefix(now));
    for (const prefix of prefixes) expect(prefix).toMatch(/^t[0-9a-z]+-[0-9a-f]{6}\.$/);
    expect(new Set(prefixes).size).toBe(200);
    expect(prefixes[0]!.slice(1, prefixes[0]!.indexOf('-'))).toBe(
      Math.floor(now.getTime() / 60_000).toString(36),
    );
  });

  it.each([
    ['made 4 hours ago', 4 * 60, true],
    ['made 3 hours and 1 minute ago', 3 * 60 + 1, true],
    ['made 2 hours ago (a run still going)', 2 * 60, false],
    ['made now', 0, false],
  ])("counts a run's topic %s as stale: %s", (_, minutesAgo, stale) => {
    const topic = `${newTopicPrefix(new Date(now.getTime() - minutesAgo * 60_000))}passerelle.intake.candidate`;
    expect(staleRunTopics([topic], now)).toEqual(stale ? [topic] : []);
  });

  it("never counts the shared topics or another environment's as a run's", () => {
    const topics = ['passerelle.intake.candidate', 'staging.passerelle.dlq.pathway', '__consumer_offsets'];
    expect(staleRunTopics(topics, now)).toEqual([]);
  });
});
