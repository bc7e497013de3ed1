import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Inserts many rows of an entity in one statement, the rows as one JSON parameter
 * (`jsonb_to_recordset`), columns and types from the entity's metadata. TypeORM's insert builder
 * names a bind parameter per value and searches them as it adds each one: for a batch's 1,000
 * pathways of 35 columns it spent more CPU than the rest of the batch (npm run bench:pathway-drafting).
 * No array columns (jsonb_to_recordset would need them as JSON arrays), no transformers. Returns
 * the `returning` column of the rows inserted.
 */
export async function insertRecordset<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
  options: { onConflictDoNothing?: boolean; returning?: keyof T & string } = {},
): Promise<string[]> {
  if (rows.length === 0) return [];
  const metadata = manager.connection.getMetadata(target);
  const columns = metadata.columns.filter((column) => column.isInsert && !column.isGenerated);
  for (const column of columns) {
    if (column.isArray || column.transformer) {
      throw new Error(
        `insertRecordset: ${metadata.tableName}.${column.databaseName} is an array or transformed`,
      );
    }
  }
  const names = columns.map((column) => `"${column.databaseName}"`);
  const definitions = columns.map(
    (column) => `"${column.databaseName}" ${manager.connection.driver.normalizeType(column)}`,
  );
  const records = rows.map((row) =>
    Object.fromEntries(columns.map((c) => [c.databaseName, row[c.propertyName] ?? null])),
  );
  const returning = options.returning
    ? metadata.columns.find((column) => column.propertyName === options.returning)?.databaseName
    : undefined;
  const result: Record<string, string>[] = await manager.query(
    `INSERT INTO "${metadata.tableName}" (${names.join(', ')})
     SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${definitions.join(', ')})
     ${options.onConflictDoNothing ? 'ON CONFLICT DO NOTHING' : ''}
     ${returning ? `RETURNING "${returning}"` : ''}`,
    [JSON.stringify(records)],
  );
  return returning ? result.map((row) => String(row[returning])) : [];
}
