import { mapOccupationsToBmoFamilies, type LabourDemand } from '@passerelle/matching/domain';
import { readBmo, readRomeV3ToFap2009, type RomeRelease } from '@passerelle/matching/feature-reference';

/**
 * France-wide BMO projects per ROME occupation, summed over the families it maps to (the same
 * mapping the importer stores), for the evaluations, which run on the files without a database.
 */
export function nationalDemand(directory: string, release: RomeRelease): Map<string, LabourDemand> {
  const bmo = readBmo(directory);
  const mapping = mapOccupationsToBmoFamilies(
    release.occupations,
    readRomeV3ToFap2009(directory),
    new Set(bmo.families.map((family) => family.code)),
  );
  const byFamily = new Map<string, LabourDemand>();
  for (const row of bmo.demand) {
    const total = byFamily.get(row.familyCode) ?? { projects: 0, hardToFill: 0 };
    total.projects += row.projects ?? 0;
    total.hardToFill += row.hardToFill ?? 0;
    byFamily.set(row.familyCode, total);
  }
  const demand = new Map<string, LabourDemand>();
  for (const { romeCode, familyCode } of mapping) {
    const family = byFamily.get(familyCode);
    if (!family) continue;
    const total = demand.get(romeCode) ?? { projects: 0, hardToFill: 0 };
    total.projects += family.projects;
    total.hardToFill += family.hardToFill;
    demand.set(romeCode, total);
  }
  return demand;
}
