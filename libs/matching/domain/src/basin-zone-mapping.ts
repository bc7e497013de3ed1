import { foldText } from './text';

/**
 * BMO basins (France Travail's "bassins BMO") to INSEE employment zones 2020. No public table links
 * the two geographies (no basin-to-commune list is at hand), so each basin row (a basin's part in
 * one department) goes to zones this way:
 * 1. name: the basin is named after its main town or its area (e.g. "BASSIN DREUX", "VICHY CUSSET",
 *    "ST GIRONS", "MAURIENNE"): when the whole name, or a run of its words, is a commune of the
 *    basin's department or the name of a zone with communes there, the basin goes to that zone
 *    (several towns named in different zones: split evenly); failing that, a commune whose name
 *    starts with the run ("CHARLEVILLE" for Charleville-Mézières, "BRIVE" for Brive-la-Gaillarde);
 * 2. department share: otherwise (e.g. Île-de-France's "T5 Boucle Nord de Seine") the basin's
 *    figures are spread over the zones that have communes in its department, in proportion to
 *    their number of communes there.
 * The weights of a basin row add up to one, so a department's totals are kept exactly; the error is
 * inside a department, where a basin is given whole to the zone of its main town.
 */
export type BasinZoneMethod = 'name' | 'department_share';

export interface BasinZoneLink {
  basinCode: string;
  departmentCode: string;
  zoneCode: string;
  /** The share of the basin row's figures counted in the zone, 0..1. */
  weight: number;
  method: BasinZoneMethod;
}

export interface BasinRow {
  code: string;
  label: string;
  departmentCode: string;
}

export interface CommuneZoneRow {
  code: string;
  label: string;
  zoneCode: string;
  departmentCode: string;
}

/** A place name folded for comparison: accents, case, "ST"/"STE", hyphens and apostrophes aside. */
export function placeKey(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word.length > 0)
    .map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word))
    .join(' ');
}

const NOT_A_PLACE = new Set(['bassin', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'sur', 'en']);

/** The runs of words of a basin's name that could name a town, grouped by length, longest first. */
function candidateNames(label: string): string[][] {
  const words = placeKey(label)
    .split(' ')
    .filter((word, i) => !(i === 0 && word === 'bassin'));
  const groups: string[][] = [];
  for (let length = words.length; length >= 1; length--) {
    const runs: string[] = [];
    for (let start = 0; start + length <= words.length; start++) {
      const run = words.slice(start, start + length);
      if (length === 1 && (NOT_A_PLACE.has(run[0]) || run[0].length < 3)) continue;
      runs.push(run.join(' '));
    }
    groups.push(runs);
  }
  return groups;
}

const round = (value: number): number => Math.round(value * 10000) / 10000;

export function mapBasinsToZones(
  basins: readonly BasinRow[],
  communes: readonly CommuneZoneRow[],
  zones: readonly { code: string; label: string }[] = [],
): BasinZoneLink[] {
  const zonesByPlace = new Map<string, Set<string>>();
  const zonesByPrefix = new Map<string, Set<string>>();
  const add = (table: Map<string, Set<string>>, key: string, zoneCode: string): void => {
    const found = table.get(key) ?? new Set<string>();
    found.add(zoneCode);
    table.set(key, found);
  };
  const communesPerZone = new Map<string, Map<string, number>>();
  const zoneLabels = new Map(zones.map((zone) => [zone.code, placeKey(zone.label)]));
  for (const commune of communes) {
    const name = placeKey(commune.label);
    add(zonesByPlace, `${commune.departmentCode}|${name}`, commune.zoneCode);
    const words = name.split(' ');
    for (let length = 1; length < words.length; length++) {
      add(zonesByPrefix, `${commune.departmentCode}|${words.slice(0, length).join(' ')}`, commune.zoneCode);
    }
    const zoneLabel = zoneLabels.get(commune.zoneCode);
    if (zoneLabel) add(zonesByPlace, `${commune.departmentCode}|${zoneLabel}`, commune.zoneCode);
    const perZone = communesPerZone.get(commune.departmentCode) ?? new Map<string, number>();
    perZone.set(commune.zoneCode, (perZone.get(commune.zoneCode) ?? 0) + 1);
    communesPerZone.set(commune.departmentCode, perZone);
  }
  const links: BasinZoneLink[] = [];
  for (const basin of basins) {
    // The longest runs naming a town win over their parts ("SAINT LOUIS" before "LOUIS").
    const named = new Set<string>();
    for (const table of [zonesByPlace, zonesByPrefix]) {
      for (const runs of candidateNames(basin.label)) {
        for (const name of runs) {
          const found = table.get(`${basin.departmentCode}|${name}`);
          // A name several zones' communes share in the department says nothing.
          if (found && found.size === 1) named.add([...found][0]);
        }
        if (named.size > 0) break;
      }
      if (named.size > 0) break;
    }
    if (named.size > 0) {
      for (const zoneCode of [...named].sort()) {
        links.push({
          basinCode: basin.code,
          departmentCode: basin.departmentCode,
          zoneCode,
          weight: round(1 / named.size),
          method: 'name',
        });
      }
      continue;
    }
    const perZone = communesPerZone.get(basin.departmentCode);
    if (!perZone) continue;
    const total = [...perZone.values()].reduce((sum, n) => sum + n, 0);
    for (const [zoneCode, n] of [...perZone].sort(([a], [b]) => a.localeCompare(b))) {
      links.push({
        basinCode: basin.code,
        departmentCode: basin.departmentCode,
        zoneCode,
        weight: round(n / total),
        method: 'department_share',
      });
    }
  }
  return links;
}
