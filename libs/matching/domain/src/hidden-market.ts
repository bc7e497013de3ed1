import { compareCodes } from './seeded-random';
import type { LabourDemand } from './catalogue';
import type { Proximity } from './occupation-ranking';

export interface HiddenMarketEntry {
  occupationCode: string;
  label: string;
  proximity: Proximity;
  projects: number;
  hardToFillShare: number;
}

const HARD_TO_FILL_SHARE = 0.5;

/**
 * The person's "hidden market": occupations among their recommendations, other than their own,
 * where employers in their area plan many hires (at least `highDemand` projects) or struggle to
 * fill at least half of them. Most in demand first.
 */
export function hiddenMarket(
  recommendations: readonly { occupationCode: string; label: string; proximity: Proximity }[],
  demandFor: (occupationCode: string) => LabourDemand | null,
  highDemand: number,
): HiddenMarketEntry[] {
  const entries: HiddenMarketEntry[] = [];
  for (const recommendation of recommendations) {
    if (recommendation.proximity === 'same') continue;
    const demand = demandFor(recommendation.occupationCode);
    if (!demand || demand.projects === 0) continue;
    const share = demand.hardToFill / demand.projects;
    if (demand.projects >= highDemand || share >= HARD_TO_FILL_SHARE) {
      entries.push({
        ...recommendation,
        projects: demand.projects,
        hardToFillShare: Math.round(share * 1000) / 1000,
      });
    }
  }
  return entries.sort((a, b) => b.projects - a.projects || compareCodes(a.occupationCode, b.occupationCode));
}
