import type { LabourDemand } from './catalogue';

/**
 * Projects at which an occupation's demand counts as full: the 90th percentile of the area's
 * occupations, at least one project (an area without figures scales by one).
 */
export function demandScale(demand: ReadonlyMap<string, LabourDemand>): number {
  const sorted = [...demand.values()].map((d) => d.projects).sort((a, b) => a - b);
  return sorted.length > 0 ? Math.max(1, sorted[Math.floor(sorted.length * 0.9)]) : 1;
}

/** The share of projects employers expect to be hard to fill, to three decimals; 0 without projects. */
export function hardToFillShare(projects: number, hardToFill: number): number {
  return projects > 0 ? Math.round((hardToFill / projects) * 1000) / 1000 : 0;
}

/** An occupation's demand in an area: the sum over the BMO families it maps to. */
export function totalDemand(families: readonly LabourDemand[]): LabourDemand & { hardToFillShare: number } {
  const projects = families.reduce((sum, f) => sum + f.projects, 0);
  const hardToFill = families.reduce((sum, f) => sum + f.hardToFill, 0);
  return { projects, hardToFill, hardToFillShare: hardToFillShare(projects, hardToFill) };
}
