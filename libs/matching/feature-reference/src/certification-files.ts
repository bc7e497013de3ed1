import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { field, optionalField, readCsv, ReferenceFileError } from './csv-file';

/** France Compétences' RNCP/RS export (certifications, their ROME codes, topics and skill blocks). */
export const RNCP_DIR = 'france-competences-rncp-2026-02';

export interface CertificationRow {
  number: string;
  kind: 'rncp' | 'rs';
  /** The newer certification that replaces this one, if any: then it is superseded. */
  supersededBy: string | null;
}

export interface CertificationRelease {
  release: string;
  certifications: CertificationRow[];
  occupations: { number: string; romeCode: string }[];
  topics: { number: string; code: string; label: string }[];
  skillBlocks: { number: string; code: string; label: string }[];
}

const NUMBER = /^(RNCP|RS)\d+$/;

/** The export's file whose name starts with `prefix` (the files are dated: ..._2026_02_01.csv). */
function exportFile(directory: string, prefix: string): string {
  const folder = join(directory, RNCP_DIR);
  if (!existsSync(folder)) throw new ReferenceFileError(RNCP_DIR, `folder not found in ${directory}`);
  const name = readdirSync(folder)
    .filter((file) => file.startsWith(prefix) && file.endsWith('.csv'))
    .sort()
    .pop();
  if (!name) throw new ReferenceFileError(`${RNCP_DIR}/${prefix}*.csv`, `file not found in ${directory}`);
  return `${RNCP_DIR}/${name}`;
}

function number(value: string, file: string, index: number): string {
  if (!NUMBER.test(value))
    throw new ReferenceFileError(file, `"Numero_Fiche" is "${value}", expected RNCP... or RS...`, index + 2);
  return value;
}

/**
 * Reads the export: every certification named in the ROME file (the ones that lead to an
 * occupation), superseded when the old-to-new file gives it a newer number; ROME codes of five
 * characters only (a few rows name a 3-character professional domain, left out); Formacode topics;
 * skill blocks (an older export: many certifications have none).
 */
export function readCertifications(directory: string): CertificationRelease {
  const romeFile = exportFile(directory, 'export_fiches_CSV_Rome_');
  const romeRows = readCsv(directory, romeFile, ['Numero_Fiche', 'Codes_Rome_Code'], ';');
  const occupations = new Map<string, { number: string; romeCode: string }>();
  romeRows.forEach((row, i) => {
    const cert = number(field(row, 'Numero_Fiche', romeFile, i), romeFile, i);
    const romeCode = field(row, 'Codes_Rome_Code', romeFile, i);
    if (/^[A-N]\d{4}$/.test(romeCode)) occupations.set(`${cert}|${romeCode}`, { number: cert, romeCode });
  });
  const numbers = new Set([...occupations.values()].map((o) => o.number));

  const supersedeFile = exportFile(directory, 'export_fiches_CSV_Ancienne_Nouvelle_');
  const supersededBy = new Map<string, string>();
  readCsv(directory, supersedeFile, ['Numero_Fiche', 'Nouvelle_Certification'], ';').forEach((row, i) => {
    const cert = number(field(row, 'Numero_Fiche', supersedeFile, i), supersedeFile, i);
    const newer = row['Nouvelle_Certification']?.trim();
    if (newer && newer !== cert) supersededBy.set(cert, newer);
  });

  const topicFile = exportFile(directory, 'export_fiches_CSV_Formacode_');
  const topics = new Map<string, { number: string; code: string; label: string }>();
  readCsv(directory, topicFile, ['Numero_Fiche', 'Formacode_Code', 'Formacode_Libelle'], ';').forEach(
    (row, i) => {
      const cert = number(field(row, 'Numero_Fiche', topicFile, i), topicFile, i);
      if (!numbers.has(cert)) return;
      const code = field(row, 'Formacode_Code', topicFile, i);
      const label = optionalField(row, 'Formacode_Libelle');
      if (label) topics.set(`${cert}|${code}`, { number: cert, code, label });
    },
  );

  const blockFile = exportFile(directory, 'export_fiches_CSV_Blocs_De_');
  const skillBlocks = new Map<string, { number: string; code: string; label: string }>();
  readCsv(
    directory,
    blockFile,
    ['Numero_Fiche', 'Bloc_Competences_Code', 'Bloc_Competences_Libelle'],
    ';',
  ).forEach((row, i) => {
    const cert = number(field(row, 'Numero_Fiche', blockFile, i), blockFile, i);
    if (!numbers.has(cert)) return;
    const code = field(row, 'Bloc_Competences_Code', blockFile, i);
    // A few blocks have no title in the export: nothing to show or match, left out.
    const label = optionalField(row, 'Bloc_Competences_Libelle');
    if (label) skillBlocks.set(`${cert}|${code}`, { number: cert, code, label });
  });

  return {
    release: romeFile.replace(/^.*_Rome_/, 'rncp-').replace(/\.csv$/, ''),
    certifications: [...numbers].sort().map((cert) => ({
      number: cert,
      kind: cert.startsWith('RS') ? ('rs' as const) : ('rncp' as const),
      supersededBy: supersededBy.get(cert) ?? null,
    })),
    occupations: [...occupations.values()],
    topics: [...topics.values()],
    skillBlocks: [...skillBlocks.values()],
  };
}
