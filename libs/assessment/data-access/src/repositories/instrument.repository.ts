import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { InstrumentDefinition } from '@passerelle/assessment/domain';
import { InstrumentEntity, InstrumentItemEntity } from '../entities/instrument.entity';

export type InstrumentImportOutcome = 'created' | 'unchanged';

/** A version was imported before with other content: versions are immutable. */
export class InstrumentVersionConflictError extends Error {
  override name = 'InstrumentVersionConflictError';
}

/** JSON with object keys sorted: jsonb stores keys in its own order, so compare canonically. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What a version holds, in a canonical form, so a re-import can be compared with what is stored. */
function fingerprint(definition: InstrumentDefinition): string {
  const { title, kind, responseFormat, scales, scoring, languages, source } = definition;
  const items = [...definition.items].sort((a, b) => a.position - b.position);
  return canonical({ title, kind, responseFormat, scales, scoring, languages, source, items });
}

@Injectable()
export class InstrumentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores a version once. Importing the same content again changes nothing; importing other
   * content under a stored version is refused, so answered sessions keep the wording they saw.
   */
  async importVersion(
    manager: EntityManager,
    definition: InstrumentDefinition,
  ): Promise<InstrumentImportOutcome> {
    const existing = await this.findVersion(definition.code, definition.version, manager);
    if (existing) {
      if (fingerprint(existing) === fingerprint(definition)) return 'unchanged';
      throw new InstrumentVersionConflictError(
        `${definition.code} version ${definition.version} is already imported with different content; give the new content a new version`,
      );
    }
    const id = randomUUID();
    await manager.insert(InstrumentEntity, {
      id,
      code: definition.code,
      version: definition.version,
      kind: definition.kind,
      title: definition.title,
      responseFormat: definition.responseFormat,
      scales: definition.scales,
      scoring: definition.scoring,
      languages: definition.languages,
      source: definition.source,
      importedAt: new Date(),
    });
    if (definition.items.length > 0) {
      await manager.insert(
        InstrumentItemEntity,
        definition.items.map((item) => ({
          instrumentId: id,
          itemId: item.id,
          scale: item.scale,
          position: item.position,
          text: item.text,
        })),
      );
    }
    return 'created';
  }

  async findVersion(
    code: string,
    version: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<InstrumentDefinition | null> {
    const row = await manager.findOneBy(InstrumentEntity, { code, version });
    return row && this.withItems(manager, row);
  }

  /** The version new sessions get: the one imported last. */
  async findLatest(
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<InstrumentDefinition | null> {
    const row = await manager.findOne(InstrumentEntity, { where: { code }, order: { importedAt: 'DESC' } });
    return row && this.withItems(manager, row);
  }

  async listLatest(): Promise<InstrumentEntity[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ON (code) id, code, version, kind, title, languages, source, imported_at AS "importedAt"
       FROM instrument ORDER BY code, imported_at DESC`,
    );
  }

  private async withItems(manager: EntityManager, row: InstrumentEntity): Promise<InstrumentDefinition> {
    const items = await manager.find(InstrumentItemEntity, {
      where: { instrumentId: row.id },
      order: { position: 'ASC' },
    });
    return {
      code: row.code,
      version: row.version,
      kind: row.kind,
      title: row.title,
      responseFormat: row.responseFormat,
      scales: row.scales,
      scoring: row.scoring,
      languages: row.languages,
      source: row.source,
      items: items.map((item) => ({
        id: item.itemId,
        scale: item.scale,
        position: item.position,
        text: item.text,
      })),
    };
  }
}
