import { entryLevelFromAccessText, type QualificationLevel } from '@passerelle/matching/domain';
import type { RiasecType } from '@passerelle/shared/contracts';
import { field, optionalField, readCsv, ReferenceFileError } from './csv-file';

/**
 * Readers for the official reference files, from a directory laid out like ../shared/data
 * (see its README). Each returns plain rows in the shape of the matching tables.
 */

export const ROME_DIR = 'rome4-v460';
const rome = (name: string): string => `${ROME_DIR}/unix_${name}_v460_utf8.csv`;

export interface OccupationRow {
  code: string;
  label: string;
  domainCode: string;
  parentCode: string;
  riasecMajor: RiasecType | null;
  riasecMinor: RiasecType | null;
  regulated: boolean;
  executive: boolean;
  /** Read from the "accès au métier" text (`entryLevelFromAccessText`); null when it names no level. */
  entryLevel: QualificationLevel | null;
}

export interface JobTitleRow {
  code: string;
  romeCode: string;
  label: string;
  shortLabel: string;
  principal: boolean;
}

export type SkillKind = 'skill' | 'macro_skill' | 'knowledge';

export interface SkillRow {
  code: string;
  label: string;
  kind: SkillKind;
  /**
   * ROME's category says the skill is not a trade's own: a soft skill ("Savoir-être
   * professionnel"), transverse know-how ("Savoir-faire / Transverse") or a rule every workplace
   * has ("Normes et procédés / Règlementations, normes").
   */
  general: boolean;
  /** A diploma, certificate or licence ("Certifications et habilitations"): counted, never named as a skill held. */
  certification: boolean;
}

export type SkillBlock = 'know_how' | 'soft_skill' | 'knowledge';

export interface OccupationSkillRow {
  romeCode: string;
  skillCode: string;
  block: SkillBlock;
  core: boolean;
}

export interface MobilityRow {
  fromCode: string;
  toCode: string;
  order: number;
}

export interface RomeRelease {
  release: string;
  occupations: OccupationRow[];
  titles: JobTitleRow[];
  skills: SkillRow[];
  occupationSkills: OccupationSkillRow[];
  mobility: MobilityRow[];
}

const RIASEC = new Set(['R', 'I', 'A', 'S', 'E', 'C']);
const BLOCKS: Record<string, SkillBlock> = { '1': 'know_how', '2': 'soft_skill', '3': 'knowledge' };

function riasecLetter(value: string | null, file: string, row: number): RiasecType | null {
  if (value === null) return null;
  if (!RIASEC.has(value)) throw new ReferenceFileError(file, `"${value}" is not a RIASEC letter`, row + 2);
  return value as RiasecType;
}

export function readRomeRelease(directory: string): RomeRelease {
  const riasecFile = rome('referentiel_code_rome_riasec');
  const riasec = new Map<string, { major: RiasecType | null; minor: RiasecType | null }>();
  readCsv(directory, riasecFile, ['code_rome', 'riasec_majeur', 'riasec_mineur']).forEach((row, i) => {
    riasec.set(field(row, 'code_rome', riasecFile, i), {
      major: riasecLetter(optionalField(row, 'riasec_majeur'), riasecFile, i),
      minor: riasecLetter(optionalField(row, 'riasec_mineur'), riasecFile, i),
    });
  });

  const textFile = rome('texte');
  const accessTexts = new Map<string, string>();
  for (const [i, row] of readCsv(directory, textFile, [
    'code_rome',
    'libelle_type_texte',
    'libelle_texte',
  ]).entries()) {
    if (row['libelle_type_texte'] !== 'acces_metier') continue;
    const code = field(row, 'code_rome', textFile, i);
    accessTexts.set(code, `${accessTexts.get(code) ?? ''} ${row['libelle_texte'] ?? ''}`.trim());
  }

  const occupationFile = rome('referentiel_code_rome');
  const occupations = readCsv(directory, occupationFile, [
    'code_rome',
    'libelle_rome',
    'emploi_reglemente',
    'emploi_cadre',
    'code_rome_parent',
  ]).map((row, i): OccupationRow => {
    const code = field(row, 'code_rome', occupationFile, i);
    if (!/^[A-N]\d{4}$/.test(code))
      throw new ReferenceFileError(occupationFile, `"${code}" is not a ROME code`, i + 2);
    const interests = riasec.get(code);
    return {
      code,
      label: field(row, 'libelle_rome', occupationFile, i),
      domainCode: code.slice(0, 3),
      parentCode: optionalField(row, 'code_rome_parent') ?? code,
      riasecMajor: interests?.major ?? null,
      riasecMinor: interests?.minor ?? null,
      regulated: optionalField(row, 'emploi_reglemente') === 'O',
      executive: optionalField(row, 'emploi_cadre') === 'O',
      entryLevel: entryLevelFromAccessText(accessTexts.get(code) ?? ''),
    };
  });

  const titleFile = rome('referentiel_appellation');
  const titles = readCsv(directory, titleFile, [
    'code_ogr',
    'libelle_appellation_long',
    'libelle_appellation_court',
    'code_rome',
    'classification',
  ]).map((row, i): JobTitleRow => ({
    code: field(row, 'code_ogr', titleFile, i),
    romeCode: field(row, 'code_rome', titleFile, i),
    label: field(row, 'libelle_appellation_long', titleFile, i),
    shortLabel:
      optionalField(row, 'libelle_appellation_court') ?? field(row, 'libelle_appellation_long', titleFile, i),
    principal: optionalField(row, 'classification') === 'PRINCIPALE',
  }));

  const skillFile = rome('referentiel_competence');
  const skills: SkillRow[] = readCsv(directory, skillFile, ['code_ogr', 'nature', 'libelle_competence']).map(
    (row, i) => ({
      code: field(row, 'code_ogr', skillFile, i),
      label: field(row, 'libelle_competence', skillFile, i),
      kind: field(row, 'nature', skillFile, i) === 'Macro-compétence' ? 'macro_skill' : 'skill',
      general:
        optionalField(row, 'cat_comp') === 'Savoir-être professionnel' ||
        optionalField(row, 'sous_cat_comp') === 'Transverse',
      certification: false,
    }),
  );
  const knowledgeFile = rome('referentiel_savoir');
  for (const [i, row] of readCsv(directory, knowledgeFile, ['code_ogr_savoir', 'libelle_savoir']).entries()) {
    skills.push({
      code: field(row, 'code_ogr_savoir', knowledgeFile, i),
      label: field(row, 'libelle_savoir', knowledgeFile, i),
      kind: 'knowledge',
      general: optionalField(row, 'sous_categorie_savoir') === 'Règlementations, normes',
      certification: optionalField(row, 'categorie_savoir') === 'Certifications et habilitations',
    });
  }

  const coreFile = rome('coherence_item');
  const core = new Set<string>();
  for (const row of readCsv(directory, coreFile, ['code_rome', 'code_ogr', 'coeur_metier'])) {
    if (row['coeur_metier'] === 'Principale') core.add(`${row['code_rome']}|${row['code_ogr']}`);
  }
  const linkFile = rome('liens_rome_referentiels');
  const occupationSkills: OccupationSkillRow[] = [];
  const seen = new Set<string>();
  for (const [i, row] of readCsv(directory, linkFile, [
    'code_rome',
    'code_compo_bloc',
    'code_rubrique',
    'code_ogr',
  ]).entries()) {
    if (row['code_compo_bloc'] !== '5') continue;
    const block = BLOCKS[row['code_rubrique'] ?? ''];
    if (!block)
      throw new ReferenceFileError(linkFile, `unknown code_rubrique "${row['code_rubrique']}"`, i + 2);
    const romeCode = field(row, 'code_rome', linkFile, i);
    const skillCode = field(row, 'code_ogr', linkFile, i);
    const key = `${romeCode}|${skillCode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    occupationSkills.push({ romeCode, skillCode, block, core: core.has(key) });
  }

  const mobilityFile = rome('rubrique_mobilite');
  const mobility = readCsv(directory, mobilityFile, ['code_rome', 'code_rome_cible', 'numero_ordre']).map(
    (row, i): MobilityRow => {
      const order = Number(field(row, 'numero_ordre', mobilityFile, i));
      if (!Number.isInteger(order) || order < 1) {
        throw new ReferenceFileError(
          mobilityFile,
          `numero_ordre "${row['numero_ordre']}" is not a positive integer`,
          i + 2,
        );
      }
      return {
        fromCode: field(row, 'code_rome', mobilityFile, i),
        toCode: field(row, 'code_rome_cible', mobilityFile, i),
        order,
      };
    },
  );

  return { release: ROME_DIR, occupations, titles, skills, occupationSkills, mobility };
}

/**
 * The NAF divisions ROME files each occupation under (`arborescence_secteur_naf`: "10" food
 * industries, "22" rubber and plastics...), two digits each ("1" is read "01"). For the title
 * resolver (`TitleMatcher.locate`): an employer's NAF code chooses among a generic title's
 * occupations. Division "0" ("Transverse aux secteurs") is kept as "00".
 */
export function readOccupationSectors(directory: string): Map<string, string[]> {
  const file = rome('arborescence_secteur_naf');
  const sectors = new Map<string, string[]>();
  for (const [i, row] of readCsv(directory, file, ['code_secteur_naf', 'code_rome']).entries()) {
    const division = field(row, 'code_secteur_naf', file, i);
    if (!/^\d{1,2}$/.test(division))
      throw new ReferenceFileError(file, `"${division}" is not a NAF division`, i + 2);
    const code = field(row, 'code_rome', file, i);
    if (!/^[A-N]\d{4}$/.test(code)) throw new ReferenceFileError(file, `"${code}" is not a ROME code`, i + 2);
    const list = sectors.get(code) ?? [];
    const twoDigits = division.padStart(2, '0');
    if (!list.includes(twoDigits)) list.push(twoDigits);
    sectors.set(code, list);
  }
  return sectors;
}

/** NAF divisions' labels (`secteur_naf`), two-digit code to label: "10" -> "Industries alimentaires". */
export function readNafDivisions(directory: string): Map<string, string> {
  const file = rome('secteur_naf');
  const labels = new Map<string, string>();
  for (const [i, row] of readCsv(directory, file, ['code_secteur_naf', 'libelle_secteur_naf']).entries()) {
    const division = field(row, 'code_secteur_naf', file, i);
    if (!/^\d{1,2}$/.test(division))
      throw new ReferenceFileError(file, `"${division}" is not a NAF division`, i + 2);
    labels.set(division.padStart(2, '0'), field(row, 'libelle_secteur_naf', file, i));
  }
  return labels;
}
