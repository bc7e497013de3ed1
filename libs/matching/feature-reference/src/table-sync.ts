import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { from as copyFrom } from 'pg-copy-streams';
import type { PoolClient } from 'pg';

export type Cell = string | number | boolean | null;

/** One reference table's new content: its columns, its key, its rows in column order. */
export interface TableLoad {
  table: string;
  columns: readonly string[];
  key: readonly string[];
  rows: readonly Cell[][];
}

export interface TableChanges {
  table: string;
  rows: number;
  added: number;
  removed: number;
  changed: number;
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return `"${value.replace(/"/g, '""')}"`;
}

const quote = (name: string): string => `"${name}"`;

/**
 * Makes `table` hold exactly `load.rows`, and says what that changed: rows are COPYed into a
 * staging table, compared by key with the current ones, then the removed are deleted, the new
 * inserted and the changed updated. Runs inside the caller's transaction; a re-import of the same
 * release changes nothing and reports zeros.
 */
export async function syncTable(client: PoolClient, load: TableLoad): Promise<TableChanges> {
  const stage = `stage_${load.table}`;
  const columns = load.columns.map(quote).join(', ');
  const keyMatch = load.key.map((k) => `s.${quote(k)} = t.${quote(k)}`).join(' AND ');
  const others = load.columns.filter((c) => !load.key.includes(c));
  await client.query(`CREATE TEMP TABLE ${quote(stage)} (LIKE ${quote(load.table)}) ON COMMIT DROP`);
  const copy = client.query(copyFrom(`COPY ${quote(stage)} (${columns}) FROM STDIN WITH (FORMAT csv)`));
  await pipeline(
    Readable.from(
      (function* () {
        const batch: string[] = [];
        for (const row of load.rows) {
          batch.push(row.map(csvCell).join(','));
          if (batch.length === 5000) yield `${batch.splice(0).join('\n')}\n`;
        }
        if (batch.length > 0) yield `${batch.join('\n')}\n`;
      })(),
    ),
    copy,
  );
  const duplicates = await client.query<{ n: string }>(
    `SELECT count(*) - count(DISTINCT (${load.key.map(quote).join(', ')})) AS n FROM ${quote(stage)}`,
  );
  if (Number(duplicates.rows[0].n) > 0) {
    throw new Error(
      `${load.table}: ${duplicates.rows[0].n} rows repeat a key (${load.key.join(', ')}) in the files`,
    );
  }
  const differs =
    others.length > 0
      ? `(${others.map((c) => `s.${quote(c)}`).join(', ')}) IS DISTINCT FROM (${others.map((c) => `t.${quote(c)}`).join(', ')})`
      : 'false';
  const counts = await client.query<{ added: string; removed: string; changed: string }>(`
    SELECT
      (SELECT count(*) FROM ${quote(stage)} s WHERE NOT EXISTS (SELECT 1 FROM ${quote(load.table)} t WHERE ${keyMatch})) AS added,
      (SELECT count(*) FROM ${quote(load.table)} t WHERE NOT EXISTS (SELECT 1 FROM ${quote(stage)} s WHERE ${keyMatch})) AS removed,
      (SELECT count(*) FROM ${quote(stage)} s JOIN ${quote(load.table)} t ON ${keyMatch} WHERE ${differs}) AS changed`);
  const { added, removed, changed } = counts.rows[0];
  await client.query(
    `DELETE FROM ${quote(load.table)} t WHERE NOT EXISTS (SELECT 1 FROM ${quote(stage)} s WHERE ${keyMatch})`,
  );
  const update =
    others.length > 0
      ? `DO UPDATE SET ${others.map((c) => `${quote(c)} = EXCLUDED.${quote(c)}`).join(', ')}
         WHERE (${others.map((c) => `${quote(load.table)}.${quote(c)}`).join(', ')}) IS DISTINCT FROM (${others.map((c) => `EXCLUDED.${quote(c)}`).join(', ')})`
      : 'DO NOTHING';
  await client.query(
    `INSERT INTO ${quote(load.table)} (${columns}) SELECT ${columns} FROM ${quote(stage)}
     ON CONFLICT (${load.key.map(quote).join(', ')}) ${update}`,
  );
  return {
    table: load.table,
    rows: load.rows.length,
    added: Number(added),
    removed: Number(removed),
    changed: Number(changed),
  };
}
