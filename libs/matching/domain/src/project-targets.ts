import type { Proximity } from './occupation-ranking';

// The professional project (career's ProjectValidated / ProjectChanged) names the occupations the
// person and their coach chose: they drive the person's job leads, before the suggestions.

/** A person's project targets as matching keeps them: the version they came from, ROME codes. */
export interface ProjectTargets {
  version: number | null;
  occupationCodes: readonly string[];
}

const ROME_CODE = /^[A-N]\d{4}$/;

/**
 * The targets after a validated version arrives: a newer version replaces them (even with fewer or
 * none); the same or an older version arriving late changes nothing (null). Codes are kept in the
 * project's order, each once; anything that is not a ROME code is left out.
 */
export function projectTargetsAfter(
  current: ProjectTargets,
  incoming: { version: number; occupationCodes: readonly string[] },
): ProjectTargets | null {
  if (current.version !== null && incoming.version <= current.version) return null;
  const codes = incoming.occupationCodes
    .map((code) => code.trim().toUpperCase())
    .filter((c) => ROME_CODE.test(c));
  return { version: incoming.version, occupationCodes: [...new Set(codes)] };
}

/** An occupation the person's leads are searched for, and how much an offer of it fits them. */
export interface LeadTarget {
  occupationCode: string;
  /** Relative to the person's best target once ranked: a project target counts as the best fit. */
  score: number;
  /** Its rank and class among the suggestions, when it is one. */
  rank: number | null;
  proximity: Proximity | null;
  fromProject: boolean;
}

/**
 * What the leads search for: the project's targets first, each as good a fit as the person's best
 * suggestion (1 when there is none), then the suggestions the project does not name, as ranked.
 * Skills and feedback still order the offers within that.
 */
export function leadTargets(
  recommendations: readonly { occupationCode: string; rank: number; score: number; proximity: Proximity }[],
  projectCodes: readonly string[],
): LeadTarget[] {
  const best = Math.max(0, ...recommendations.map((r) => r.score));
  const byCode = new Map(recommendations.map((r) => [r.occupationCode, r]));
  const project = new Set(projectCodes);
  return [
    ...[...project].map((occupationCode) => ({
      occupationCode,
      score: best > 0 ? best : 1,
      rank: byCode.get(occupationCode)?.rank ?? null,
      proximity: byCode.get(occupationCode)?.proximity ?? null,
      fromProject: true,
    })),
    ...recommendations
      .filter((r) => !project.has(r.occupationCode))
      .map((r) => ({ ...r, fromProject: false })),
  ];
}
