import type { DataSource } from 'typeorm';

/**
 * Where one consumer (a service's consumer of a topic) read the messages it dead-lettered, so that
 * a batch delivered again (a rebalance, a crash before the commit, a batch given back for a
 * database that was down) skips them instead of sending them to the dead-letter topic once more.
 * Written on its own, after the dead letter is published: a crash between the two can still send
 * one twice, never lose one.
 */
export class DeadLetterLog {
  constructor(
    private readonly consumer: string,
    private readonly topic: string,
  ) {}

  /** The offsets among these, in this partition, already dead-lettered. */
  async recorded(dataSource: DataSource, partition: number, offsets: string[]): Promise<Set<string>> {
    if (offsets.length === 0) return new Set();
    const rows: { message_offset: string }[] = await dataSource.query(
      `SELECT message_offset::text FROM inbox_dead_letter
        WHERE consumer = $1 AND topic = $2 AND partition = $3 AND message_offset = ANY($4::bigint[])`,
      [this.consumer, this.topic, partition, offsets],
    );
    return new Set(rows.map((row) => row.message_offset));
  }

  async record(dataSource: DataSource, partition: number, offset: string): Promise<void> {
    await dataSource.query(
      `INSERT INTO inbox_dead_letter (consumer, topic, partition, message_offset) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [this.consumer, this.topic, partition, offset],
    );
  }
}

/** Deletes the records older than `before` (the inbox's replay horizon). Returns how many. */
export async function purgeDeadLetterRecords(dataSource: DataSource, before: Date): Promise<number> {
  const [, deleted]: [unknown, number] = await dataSource.query(
    `DELETE FROM inbox_dead_letter WHERE dead_lettered_at < $1`,
    [before],
  );
  return deleted;
}
