import type { RiasecType, Track } from '@passerelle/shared/contracts';
import type { LabourDemand, Occupation, OccupationCatalogue } from './catalogue';
import type { MobilityModel } from './learned-mobility';
import type { SkillSpace } from './skill-space';

export type Proximity = 'same' | 'close' | 'off_track';

/** What matching knows of a person: codes and scores only, no identity. */
export interface CandidateProfile {
  formerOccupationCode: string | null;
  track: Track | null;
  hollandCode: readonly RiasecType[];
  /** Self-rated skills from the inventory, 1 (not at all) to 5 (expert). */
  ratedSkills: readonly { skillCode: string; rating: number }[];
  /** The person said they would take a job asking for less qualification than theirs. */
  acceptsStepDown?: boolean;
}

export interface RankingComponents {
  skills: number;
  mobility: number;
  interests: number | null;
  demand: number | null;
  /** 1 at the person's level, less for each step up (training), much less for each step down. */
  level: number | null;
}

export type RankingConstraint = 'regulated' | 'executive' | 'training' | 'step_down';

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
  constraints: RankingConstraint[];
  /** Target entry level minus the person's (from their former occupation); null when either is unknown. */
  levelStep: number | null;
  /** In French (the person's file) and in English. */
  explanation: string;
  explanationEn: string;
}

export interface RankingContext {
  catalogue: OccupationCatalogue;
  skills: SkillSpace;
  /** Local (or national) recruitment projects for an occupation; null when unknown. */
  demandFor: (occupationCode: string) => LabourDemand | null;
  /** Projects at which demand counts as full (e.g. the 90th percentile of occupations). */
  demandScale: number;
  /**
   * The learned mobility (issue 19, docs/decisions/0053-learned-mobility-ranking.md): the shipped
   * model and the national demand its features read. Without it, or with a model whose features
   * are not this code's, a target no ROME link names gets the neighbours' score as before.
   */
  mobility?: LearnedMobilitySource;
}

export interface LearnedMobilitySource {
  model: MobilityModel;
  /** National demand (the same for every person): the model scores a pair of occupations. */
  nationalDemand: ReadonlyMap<string, LabourDemand>;
  /** `LEARNED_MOBILITY_FACTOR` unless given (the evaluation tries others on half A). */
  factor?: number;
  /** `WELL_TRODDEN_RANK` unless given (the evaluation tries others on half A; 0 turns it off). */
  wellTroddenRank?: number;
}

const HELD_RATING = 3;

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
