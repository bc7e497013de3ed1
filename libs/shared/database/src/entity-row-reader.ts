import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Whole entities from a hand-written query, for a read on a hot path (a GraphQL read by id): the
 * select list of the entity's columns is worked out once from its metadata, and each row is
 * hydrated as TypeORM's query builder hydrates it (the driver's conversions, such as `date` to
 * `yyyy-mm-dd`, and the columns' transformers), without building the SQL again for every call
 * (about a tenth of a subgraph's CPU per request: docs/benchmarks.md, bench:gateway).
 *
 * For an entity of plain columns only: one with relations or embedded columns is refused.
 */
export class EntityRowReader<T extends ObjectLiteral> {
  /** `"alias"."column" AS "alias_column", ...`, every column of the entity. */
  readonly selectList: string;
  private readonly metadata: EntityMetadata;
  private readonly columns: { key: string; column: ColumnMetadata }[];

  constructor(
    private readonly dataSource: DataSource,
    target: EntityTarget<T>,
    alias: string,
  ) {
    this.metadata = dataSource.getMetadata(target);
    if (this.metadata.relations.length > 0 || this.metadata.embeddeds.length > 0)
      throw new Error(
        `EntityRowReader reads plain columns only; ${this.metadata.name} has relations or embeddeds`,
      );
    if (!/^[a-z_][a-z0-9_]*$/.test(alias))
      throw new Error(`EntityRowReader: "${alias}" is not a plain SQL alias`);
    this.columns = this.metadata.columns.map((column) => ({
      key: `${alias}_${column.databaseName}`,
      column,
    }));
    this.selectList = this.columns
      .map(({ key, column }) => `"${alias}"."${column.databaseName}" AS "${key}"`)
      .join(', ');
  }

  /** The entity of a row the query selected with `selectList`. */
  hydrate(row: Record<string, unknown>): T {
    const entity = this.metadata.create(undefined, { fromDeserializer: true }) as T;
    const driver = this.dataSource.driver;
    for (const { key, column } of this.columns) {
      const value = row[key];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  }
}
