import { compareCodes } from './seeded-random';
import type { RiasecType, Track } from '@passerelle/shared/contracts';
import type { LabourDemand, Occupation, OccupationCatalogue } from './catalogue';
import { riasecCongruence } from './riasec';
import { SkillVectorSpace, type SkillSpace, type SkillVector } from './skill-space';

export type Proximity = 'same' | 'close' | 'off_track';

/** What matching knows of a person: codes and scores only, no identity. */
export interface CandidateProfile {
  formerOccupationCode: string | null;
  track: Track | null;
  hollandCode: readonly RiasecType[];
  /** Self-rated skills from the inventory, 1 (not at all) to 5 (expert). */
  ratedSkills: readonly { skillCode: string; rating: number }[];
}

export interface RankingComponents {
  skills: number;
  mobility: number;
  interests: number | null;
  demand: number | null;
}

export interface OccupationRecommendation {
  occupationCode: string;
  label: string;
  rank: number;
  score: number;
  proximity: Proximity;
  components: RankingComponents;
  sharedSkillCodes: string[];
  /** The skill gap: what the target asks that the person does not show, most telling first. */
  missingSkillCodes: string[];
  mobilityOrder: number | null;
  demand: LabourDemand | null;
  constraints: ('regulated' | 'executive')[];
  explanation: string;
}

export interface RankingContext {
  catalogue: OccupationCatalogue;
  skills: SkillSpace;
  /** Local (or national) recruitment projects for an occupation; null when unknown. */
  demandFor: (occupationCode: string) => LabourDemand | null;
  /** Projects at which demand counts as full (e.g. the 90th percentile of occupations). */
  demandScale: number;
}

type Weights = Record<keyof RankingComponents, number>;

/** How much each signal counts, by track: retraining leans on interests, re-employment on demand. */
export const TRACK_WEIGHTS: Record<Track | 'unknown', Weights> = {
  direct_reemployment: { skills: 0.45, mobility: 0.2, interests: 0.1, demand: 0.25 },
  retraining: { skills: 0.35, mobility: 0.15, interests: 0.3, demand: 0.2 },
  business_creation: { skills: 0.45, mobility: 0.15, interests: 0.25, demand: 0.15 },
  retirement_transition: { skills: 0.5, mobility: 0.2, interests: 0.2, demand: 0.1 },
  unknown: { skills: 0.45, mobility: 0.2, interests: 0.2, demand: 0.15 },
};

const REGULATED_FACTOR = 0.85;
const EMPTY_VECTOR: SkillVector = { ids: new Int32Array(0), total: 0 };
const EXECUTIVE_FACTOR = 0.9;
const HELD_RATING = 3;
const EXPLAINED_SKILLS = 3;

/** The skills a person shows: their former occupation's, plus those self-rated 3+, minus those rated 1-2. */
export function personSkills(profile: CandidateProfile, catalogue: OccupationCatalogue): Set<string> {
  const skills = new Set<string>(
    profile.formerOccupationCode ? (catalogue.skillSets.get(profile.formerOccupationCode) ?? []) : [],
  );
  for (const { skillCode, rating } of profile.ratedSkills) {
    if (rating >= HELD_RATING) skills.add(skillCode);
    else skills.delete(skillCode);
  }
  return skills;
}

/** Same occupation, close (a ROME mobility link or the same professional domain), or off-track. */
export function classify(
  formerCode: string | null,
  target: Occupation,
  mobilityOrder: number | null,
): Proximity {
  if (!formerCode) return 'off_track';
  if (formerCode === target.code) return 'same';
  if (mobilityOrder !== null || formerCode.slice(0, 3) === target.domainCode) return 'close';
  return 'off_track';
}

/** A mobility link counts most when ROME lists it first; 10 suggestions per occupation is typical. */
export function mobilityScore(order: number | null, same: boolean): number {
  if (same) return 1;
  if (order === null) return 0;
  return Math.max(0.5, 1 - (order - 1) * 0.05);
}

/** log-scaled so that 50 projects is not worth ten times 5: the difference matters less at the top. */
export function demandScore(demand: LabourDemand | null, scale: number): number | null {
  if (!demand) return null;
  return Math.min(1, Math.log1p(demand.projects) / Math.log1p(Math.max(1, scale)));
}

const vectorCache = new WeakMap<
  OccupationCatalogue,
  { space: SkillVectorSpace; vectors: Map<string, SkillVector> }
>();

/** Occupation skill sets encoded once per catalogue, so ranking a person is 1,584 array merges. */
function encodedCatalogue(catalogue: OccupationCatalogue, skills: SkillSpace) {
  let cached = vectorCache.get(catalogue);
  if (!cached) {
    const space = new SkillVectorSpace(skills);
    const vectors = new Map<string, SkillVector>();
    for (const [code, set] of catalogue.skillSets) vectors.set(code, space.encode(set));
    cached = { space, vectors };
    vectorCache.set(catalogue, cached);
  }
  return cached;
}

/**
 * Ranks every occupation for a person. Returns the best `limit`, keeping at least `minOffTrack`
 * off-track ones when any score: the doors the person and the coach would not have thought of.
 */
export function rankOccupations(
  profile: CandidateProfile,
  context: RankingContext,
  options: { limit?: number; minOffTrack?: number } = {},
): OccupationRecommendation[] {
  const { limit = 20, minOffTrack = 5 } = options;
  const { catalogue, skills } = context;
  const have = personSkills(profile, catalogue);
  if (have.size === 0 && profile.hollandCode.length === 0) return [];
  const { space, vectors } = encodedCatalogue(catalogue, skills);
  const haveVector = space.encode(have);
  const former = profile.formerOccupationCode
    ? catalogue.byCode.get(profile.formerOccupationCode)
    : undefined;
  const weights = TRACK_WEIGHTS[profile.track ?? 'unknown'];

  type Scored = Omit<
    OccupationRecommendation,
    'rank' | 'explanation' | 'sharedSkillCodes' | 'missingSkillCodes'
  >;
  const scored: Scored[] = [];
  for (const target of catalogue.byCode.values()) {
    const targetVector = vectors.get(target.code) ?? EMPTY_VECTOR;
    const same = former?.code === target.code;
    const order = former ? catalogue.mobilityOrder(former.code, target.code) : null;
    const demand = context.demandFor(target.code);
    const components: RankingComponents = {
      skills: skillFit(space.sharedWeight(haveVector, targetVector), haveVector.total, targetVector.total),
      mobility: mobilityScore(order, same),
      interests: riasecCongruence(profile.hollandCode, {
        major: target.riasecMajor,
        minor: target.riasecMinor,
      }),
      demand: demandScore(demand, context.demandScale),
    };
    const constraints: ('regulated' | 'executive')[] = [];
    let factor = 1;
    if (!same && target.regulated) {
      constraints.push('regulated');
      factor *= REGULATED_FACTOR;
    }
    if (!same && target.executive && former && !former.executive) {
      constraints.push('executive');
      factor *= EXECUTIVE_FACTOR;
    }
    scored.push({
      occupationCode: target.code,
      label: target.label,
      score: round(weightedScore(components, weights) * factor),
      proximity: classify(former?.code ?? null, target, order),
      components,
      mobilityOrder: order,
      demand,
      constraints,
    });
  }
  scored.sort((a, b) => b.score - a.score || compareCodes(a.occupationCode, b.occupationCode));
  return keepOffTrack(scored, limit, minOffTrack).map((item, index) => {
    // The skill lists are only worth building for what is shown.
    const shared: string[] = [];
    const missing: string[] = [];
    for (const code of catalogue.skillSets.get(item.occupationCode) ?? [])
      (have.has(code) ? shared : missing).push(code);
    const full = {
      ...item,
      sharedSkillCodes: skills.byWeight(shared),
      missingSkillCodes: skills.byWeight(missing),
    };
    return { ...full, rank: index + 1, explanation: explainRecommendation(full, profile, context) };
  });
}

/** Jaccard rewards a similar job; coverage rewards a job whose skills the person already has. */
export function skillFit(shared: number, haveWeight: number, targetWeight: number): number {
  if (shared === 0) return 0;
  const jaccard = shared / (haveWeight + targetWeight - shared);
  const coverage = shared / targetWeight;
  return (jaccard + coverage) / 2;
}

function weightedScore(components: RankingComponents, weights: Weights): number {
  let total = 0;
  let weightSum = 0;
  for (const key of ['skills', 'mobility', 'interests', 'demand'] as const) {
    const value = components[key];
    if (value === null) continue;
    total += value * weights[key];
    weightSum += weights[key];
  }
  return weightSum > 0 ? total / weightSum : 0;
}

function keepOffTrack<T extends { proximity: Proximity; score: number }>(
  sorted: T[],
  limit: number,
  minOffTrack: number,
): T[] {
  const top = sorted.slice(0, limit);
  const offTrackInTop = top.filter((item) => item.proximity === 'off_track').length;
  if (offTrackInTop >= minOffTrack) return top;
  const extra = sorted
    .slice(limit)
    .filter((item) => item.proximity === 'off_track' && item.score > 0)
    .slice(0, minOffTrack - offTrackInTop);
  if (extra.length === 0) return top;
  // Drop the weakest non-off-track results to make room, keep the order by score.
  const keep = [...top];
  for (let i = keep.length - 1, dropped = 0; i >= 0 && dropped < extra.length; i--) {
    if (keep[i].proximity !== 'off_track' && keep[i].proximity !== 'same') {
      keep.splice(i, 1);
      dropped++;
    }
  }
  return [...keep, ...extra.slice(0, limit - keep.length)].sort((a, b) => b.score - a.score);
}

const PROXIMITY_WORDS: Record<Proximity, string> = {
  same: 'Votre métier actuel',
  close: 'Un métier proche du vôtre',
  off_track: 'Une piste hors de votre domaine',
};

/** A few sentences a coach can read aloud, in French like the ROME labels it quotes. */
export function explainRecommendation(
  item: Omit<OccupationRecommendation, 'rank' | 'explanation'>,
  profile: CandidateProfile,
  context: RankingContext,
): string {
  const { catalogue } = context;
  const parts: string[] = [`${PROXIMITY_WORDS[item.proximity]} : ${item.label} (${item.occupationCode}).`];
  const sharedCount = item.sharedSkillCodes.length;
  const total = sharedCount + item.missingSkillCodes.length;
  if (sharedCount > 0) {
    const examples = item.sharedSkillCodes
      .slice(0, EXPLAINED_SKILLS)
      .map((code) => catalogue.skillLabel(code));
    parts.push(
      `Vous avez déjà ${sharedCount} des ${total} compétences du métier, dont : ${examples.join(' ; ')}.`,
    );
  } else {
    parts.push(`Aucune des ${total} compétences du métier n'apparaît encore dans votre profil.`);
  }
  if (item.missingSkillCodes.length > 0 && item.proximity !== 'same') {
    const gap = item.missingSkillCodes.slice(0, EXPLAINED_SKILLS).map((code) => catalogue.skillLabel(code));
    parts.push(`À acquérir (${item.missingSkillCodes.length}), par exemple : ${gap.join(' ; ')}.`);
  }
  if (item.mobilityOrder !== null && profile.formerOccupationCode) {
    const from = catalogue.byCode.get(profile.formerOccupationCode)?.label ?? profile.formerOccupationCode;
    parts.push(`Le ROME le cite comme mobilité depuis « ${from} » (suggestion n° ${item.mobilityOrder}).`);
  }
  if (item.components.interests !== null) {
    const fit = item.components.interests;
    const words =
      fit >= 0.75 ? 'correspondent bien' : fit >= 0.5 ? 'correspondent en partie' : 'correspondent peu';
    const occupation = catalogue.byCode.get(item.occupationCode);
    const code = [occupation?.riasecMajor, occupation?.riasecMinor].filter(Boolean).join('');
    parts.push(`Vos intérêts (${profile.hollandCode.join('')}) ${words} à ce métier (${code}).`);
  }
  if (item.demand) {
    const share =
      item.demand.projects > 0 ? Math.round((100 * item.demand.hardToFill) / item.demand.projects) : 0;
    parts.push(
      `Demande : ${item.demand.projects} projets de recrutement en 2025, dont ${share} % jugés difficiles par les employeurs.`,
    );
  }
  if (item.constraints.includes('regulated'))
    parts.push('Métier réglementé : un diplôme ou une habilitation est exigé.');
  if (item.constraints.includes('executive'))
    parts.push('Poste de cadre : un niveau de responsabilité supérieur.');
  return parts.join(' ');
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/** Every track, for generated people in tests and benchmarks. */
export const TRACKS_FOR_BENCH: readonly Track[] = [
  'direct_reemployment',
  'retraining',
  'business_creation',
  'retirement_transition',
];
