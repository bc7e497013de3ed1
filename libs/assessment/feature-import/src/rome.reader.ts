import type { OccupationRow, OccupationSkillRow, SkillRow } from '@passerelle/assessment/data-access';
import { findVersionedFile, ImportFileError, readCsv } from './csv-file';

export interface RomeReference {
  /** `rome4-v460` for the official files, `rome4-vsample` for the project's sample. */
  source: string;
  occupations: OccupationRow[];
  skills: SkillRow[];
  links: OccupationSkillRow[];
  /** Links left out, with why (e.g. an item that is knowledge, not a skill). */
  skipped: { reason: string; count: number }[];
}

const ROME_CODE = /^[A-N]\d{4}$/;
/** Bloc 5 "Compétences": rubrique 1 savoir-faire, 2 savoir-être professionnels (3, savoirs, is knowledge). */
const SKILLS_BLOC = '5';
const SKILL_RUBRIQUES = new Set(['1', '2']);

/**
 * Reads the ROME 4.0 open-data files (occupations, the skills referential, the occupation-item
 * links and the "coeur de métier" flags) from a folder, as France Travail publishes them.
 */
export function readRome(dir: string): RomeReference {
  const occupationsFile = findVersionedFile(dir, 'unix_referentiel_code_rome');
  const skillsFile = findVersionedFile(dir, 'unix_referentiel_competence');
  const linksFile = findVersionedFile(dir, 'unix_liens_rome_referentiels');
  const coherenceFile = findVersionedFile(dir, 'unix_coherence_item');

  const occupations = new Map<string, OccupationRow>();
  for (const row of readCsv(occupationsFile.path, ['code_rome', 'libelle_rome'])) {
    const code = row['code_rome'].trim();
    const title = row['libelle_rome'].trim();
    if (!ROME_CODE.test(code))
      throw new ImportFileError(
        occupationsFile.path,
        row.__line,
        `code_rome "${code}" is not a ROME code such as M1805`,
      );
    if (!title)
      throw new ImportFileError(occupationsFile.path, row.__line, `occupation ${code} has no libelle_rome`);
    if (occupations.has(code))
      throw new ImportFileError(occupationsFile.path, row.__line, `occupation ${code} appears twice`);
    occupations.set(code, { code, title });
  }

  const skills = new Map<string, SkillRow>();
  for (const row of readCsv(skillsFile.path, ['code_ogr', 'libelle_competence', 'cat_comp'])) {
    const code = row['code_ogr'].trim();
    const label = row['libelle_competence'].trim();
    if (!code) throw new ImportFileError(skillsFile.path, row.__line, 'code_ogr is empty');
    if (!label)
      throw new ImportFileError(skillsFile.path, row.__line, `skill ${code} has no libelle_competence`);
    skills.set(code, { code, label, category: row['cat_comp'].trim() || 'Savoir-faire' });
  }

  const core = new Set<string>();
  for (const row of readCsv(coherenceFile.path, ['code_rome', 'code_ogr', 'coeur_metier'])) {
    if (row['coeur_metier'] === 'Principale') core.add(`${row['code_rome']}|${row['code_ogr']}`);
  }

  const links = new Map<string, OccupationSkillRow>();
  const skipped = new Map<string, number>();
  const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  for (const row of readCsv(linksFile.path, ['code_rome', 'code_compo_bloc', 'code_rubrique', 'code_ogr'])) {
    if (row['code_compo_bloc'] !== SKILLS_BLOC) continue;
    if (!SKILL_RUBRIQUES.has(row['code_rubrique'])) {
      skip('knowledge (savoirs), not a skill');
      continue;
    }
    const occupationCode = row['code_rome'];
    const skillCode = row['code_ogr'];
    if (!occupations.has(occupationCode)) {
      skip('occupation not in the occupation list');
      continue;
    }
    if (!skills.has(skillCode)) {
      skip('skill not in the skills referential');
      continue;
    }
    const key = `${occupationCode}|${skillCode}`;
    links.set(key, { occupationCode, skillCode, core: core.has(key) });
  }

  return {
    source: `rome4-v${occupationsFile.version}`,
    occupations: [...occupations.values()],
    skills: [...skills.values()],
    links: [...links.values()],
    skipped: [...skipped].map(([reason, count]) => ({ reason, count })),
  };
}
