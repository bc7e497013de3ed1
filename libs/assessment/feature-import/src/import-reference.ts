import { DataSource } from 'typeorm';
import type { InstrumentDefinition } from '@passerelle/assessment/domain';
import {
  InstrumentRepository,
  RomeReferenceRepository,
  type InstrumentImportOutcome,
} from '@passerelle/assessment/data-access';
import { readProjectInstrument, PROJECT_INSTRUMENTS } from './project-instrument.reader';
import { readRiasecItems, RIASEC_FRENCH_WORDING } from './riasec-items.reader';
import { readRome } from './rome.reader';

export interface InstrumentImportReport {
  code: string;
  version: string;
  items: number;
  outcome: InstrumentImportOutcome;
}

async function importInstruments(
  dataSource: DataSource,
  definitions: InstrumentDefinition[],
): Promise<InstrumentImportReport[]> {
  const instruments = new InstrumentRepository(dataSource);
  return dataSource.transaction(async (manager) => {
    const reports: InstrumentImportReport[] = [];
    for (const definition of definitions) {
      reports.push({
        code: definition.code,
        version: definition.version,
        items: definition.items.length,
        outcome: await instruments.importVersion(manager, definition),
      });
    }
    return reports;
  });
}

/** `npm run import:riasec -- --from <folder>`: the RIASEC markers with the project's French wording. */
export async function importRiasec(
  dataSource: DataSource,
  dir: string,
  frenchWordingPath = RIASEC_FRENCH_WORDING,
): Promise<InstrumentImportReport> {
  const [report] = await importInstruments(dataSource, [readRiasecItems(dir, frenchWordingPath)]);
  return report;
}

/** The questionnaires the project defines itself (work values, skills inventory). */
export function importProjectInstruments(
  dataSource: DataSource,
  paths: readonly string[] = PROJECT_INSTRUMENTS,
): Promise<InstrumentImportReport[]> {
  return importInstruments(dataSource, paths.map(readProjectInstrument));
}

export interface RomeImportReport {
  source: string;
  occupations: number;
  skills: number;
  links: number;
  skipped: { reason: string; count: number }[];
}

/** ROME occupations, skills and their links, in one transaction; re-running changes nothing. */
export async function importRome(dataSource: DataSource, dir: string): Promise<RomeImportReport> {
  const reference = readRome(dir);
  const rome = new RomeReferenceRepository(dataSource);
  await dataSource.transaction(async (manager) => {
    await rome.upsertOccupations(manager, reference.occupations, reference.source);
    await rome.upsertSkills(manager, reference.skills);
    await rome.replaceOccupationSkills(manager, reference.links);
  });
  return {
    source: reference.source,
    occupations: reference.occupations.length,
    skills: reference.skills.length,
    links: reference.links.length,
    skipped: reference.skipped,
  };
}
