import { explainSuggestion, type ExplanationFacts, type Language } from './recommendation-explanation';
import { isSpecificSkill } from './off-track-rule';
import type { CandidateProfile, OccupationRecommendation, RankingContext } from './ranking-profile';
import { occupationHollandCode } from './riasec';

/** A few sentences a person understands, in French or English: no codes, no jargon. */
export function explainRecommendation(
  item: Omit<OccupationRecommendation, 'rank' | 'explanation' | 'explanationEn'>,
  profile: CandidateProfile,
  context: RankingContext,
  language: Language = 'fr',
  /**
   * The former occupation's `neighbourMobility`: "people in jobs close to yours move there" is said
   * only where the neighbours lead (the learned score may lift a target they do not). Without it,
   * any mobility without a link of the person's own occupation comes from the neighbours.
   */
  neighbours?: ReadonlyMap<string, number>,
  /** The well-trodden targets (`WELL_TRODDEN_RANK`): "people who did a job like yours moved there". */
  trodden?: ReadonlySet<string>,
): string {
  const { catalogue } = context;
  const occupation = catalogue.byCode.get(item.occupationCode);
  const former = profile.formerOccupationCode
    ? catalogue.byCode.get(profile.formerOccupationCode)
    : undefined;
  const facts: ExplanationFacts = {
    proximity: item.proximity,
    label: item.label,
    sharedSkillCodes: item.sharedSkillCodes,
    specificSharedSkillCodes: item.sharedSkillCodes.filter((code) => isSpecificSkill(code, context.skills)),
    missingSkillCodes: item.missingSkillCodes,
    usualStepFrom: item.mobilityOrder !== null && former ? former.label : null,
    stepFromNeighbours:
      item.mobilityOrder === null &&
      item.proximity !== 'same' &&
      (neighbours ? (neighbours.get(item.occupationCode) ?? 0) > 0 : item.components.mobility > 0),
    // Said where it may carry the suggestion: off-track (close ones keep their words).
    movedIntoOften: item.proximity === 'off_track' && (trodden?.has(item.occupationCode) ?? false),
    interests:
      item.components.interests !== null && occupation
        ? {
            fit: item.components.interests,
            person: profile.hollandCode,
            occupation: occupationHollandCode({
              major: occupation.riasecMajor,
              minor: occupation.riasecMinor,
            }),
          }
        : null,
    demand: item.demand,
    trainingTo: item.constraints.includes('training') ? (occupation?.entryLevel ?? null) : null,
    stepDown: item.constraints.includes('step_down'),
    regulated: item.constraints.includes('regulated'),
    executive: item.constraints.includes('executive'),
  };
  return explainSuggestion(facts, catalogue, language);
}
