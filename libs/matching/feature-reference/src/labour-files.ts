import { field, optionalField, readCsv, ReferenceFileError } from './csv-file';

/** INSEE employment zones 2020 and the communes in them. */
export const INSEE_DIR = 'insee-zones-emploi-2020';
/** The year of the France Travail BMO survey imported (its files are named after it). */
export const BMO_YEAR = 2025;
/** France Travail BMO 2025 survey. */
export const BMO_DIR = `france-travail-bmo-${BMO_YEAR}`;
/** DARES ROME V3 -> FAP-2009 table (flattened). */
export const CROSSWALK_FILE = 'crosswalks/derived_dares_romev3_fap2009_pcs2003.csv';

export interface EmploymentZoneRow {
  code: string;
  label: string;
  communeCount: number;
}

export interface CommuneRow {
  code: string;
  label: string;
  zoneCode: string;
  departmentCode: string;
  regionCode: string;
}

export interface BmoFamilyRow {
  code: string;
  label: string;
  groupCode: string;
  groupLabel: string;
}

export interface BmoBasinRow {
  code: string;
  label: string;
  departmentCode: string;
  regionCode: string;
}

/** Projects, hard-to-fill and seasonal projects of a family in the part of a basin within a department; null where BMO masks the figure ("*"). */
export interface LabourDemandRow {
  familyCode: string;
  basinCode: string;
  departmentCode: string;
  projects: number | null;
  hardToFill: number | null;
  seasonal: number | null;
}

export interface LabourRelease {
  release: string;
  zones: EmploymentZoneRow[];
  communes: CommuneRow[];
  families: BmoFamilyRow[];
  basins: BmoBasinRow[];
  demand: LabourDemandRow[];
  crosswalk: { romeV3: string; fap2009: string }[];
}

function count(value: string | undefined, file: string, column: string, index: number): number | null {
  const text = value?.trim() ?? '';
  if (text === '*' || text === '') return null;
  const number = Number(text);
  if (!Number.isInteger(number) || number < 0) {
    throw new ReferenceFileError(file, `"${column}" is "${text}", expected a count or "*"`, index + 2);
  }
  return number;
}

export function readInseeZones(directory: string): Pick<LabourRelease, 'zones' | 'communes'> {
  const zoneFile = `${INSEE_DIR}/ze2020_liste_zones.csv`;
  const zones = readCsv(directory, zoneFile, ['ZE2020', 'LIBZE2020', 'NB_COM']).map((row, i) => ({
    code: field(row, 'ZE2020', zoneFile, i),
    label: field(row, 'LIBZE2020', zoneFile, i),
    communeCount: count(row['NB_COM'], zoneFile, 'NB_COM', i) ?? 0,
  }));
  const communeFile = `${INSEE_DIR}/ze2020_composition_communale.csv`;
  const communes = readCsv(directory, communeFile, ['CODGEO', 'LIBGEO', 'ZE2020', 'DEP', 'REG']).map(
    (row, i) => ({
      code: field(row, 'CODGEO', communeFile, i),
      label: field(row, 'LIBGEO', communeFile, i),
      zoneCode: field(row, 'ZE2020', communeFile, i),
      departmentCode: field(row, 'DEP', communeFile, i),
      regionCode: field(row, 'REG', communeFile, i),
    }),
  );
  return { zones, communes };
}

/** BMO from the verbatim export (one row per family x basin), so no derived file is needed. */
export function readBmo(directory: string): Pick<LabourRelease, 'families' | 'basins' | 'demand'> {
  const file = `${BMO_DIR}/bmo_${BMO_YEAR}_open_data.csv`;
  const rows = readCsv(directory, file, [
    'Code métier BMO',
    'Nom métier BMO',
    'Famille_met',
    'Lbl_fam_met',
    'REG',
    'Dept',
    'BE25',
    'NOMBE25',
    'met',
    'xmet',
    'smet',
  ]);
  const families = new Map<string, BmoFamilyRow>();
  const basins = new Map<string, BmoBasinRow>();
  const demand: LabourDemandRow[] = [];
  rows.forEach((row, i) => {
    const familyCode = field(row, 'Code métier BMO', file, i);
    const basinCode = field(row, 'BE25', file, i);
    families.set(familyCode, {
      code: familyCode,
      label: field(row, 'Nom métier BMO', file, i),
      groupCode: optionalField(row, 'Famille_met') ?? '',
      groupLabel: optionalField(row, 'Lbl_fam_met') ?? '',
    });
    const departmentCode = field(row, 'Dept', file, i);
    basins.set(`${basinCode}|${departmentCode}`, {
      code: basinCode,
      label: field(row, 'NOMBE25', file, i),
      departmentCode,
      regionCode: field(row, 'REG', file, i),
    });
    demand.push({
      familyCode,
      basinCode,
      departmentCode,
      projects: count(row['met'], file, 'met', i),
      hardToFill: count(row['xmet'], file, 'xmet', i),
      seasonal: count(row['smet'], file, 'smet', i),
    });
  });
  return { families: [...families.values()], basins: [...basins.values()], demand };
}

export function readRomeV3ToFap2009(directory: string): LabourRelease['crosswalk'] {
  return readCsv(directory, CROSSWALK_FILE, ['fap225', 'rome_v3']).map((row, i) => ({
    romeV3: field(row, 'rome_v3', CROSSWALK_FILE, i),
    fap2009: field(row, 'fap225', CROSSWALK_FILE, i),
  }));
}
