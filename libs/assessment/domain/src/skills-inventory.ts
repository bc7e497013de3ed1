import type { InstrumentKind } from './instrument';

/** A skill the person rated, from the occupation taxonomy (ROME) or in their own words. */
export interface RatedSkill {
  /** ROME skill code; null for a skill the person named that the taxonomy lacks. */
  skillCode: string | null;
  label: string;
  rating: number;
}

export interface SkillsProfile {
  rated: number;
  /** The person's strongest skills, best first, at most `limit`. */
  top: RatedSkill[];
}

/** Top skills: highest rating first; ties keep taxonomy skills before free text, then by label. */
export function skillsProfile(skills: readonly RatedSkill[], limit = 8): SkillsProfile {
  const ranked = [...skills].sort(
    (a, b) =>
      b.rating - a.rating ||
      Number(a.skillCode === null) - Number(b.skillCode === null) ||
      a.label.localeCompare(b.label, 'fr'),
  );
  return { rated: skills.length, top: ranked.slice(0, limit) };
}

/** Only a skills inventory takes skills in the person's own words. */
export const acceptsFreeTextSkills = (kind: InstrumentKind): boolean => kind === 'skills_inventory';

/** Free-text skills: trimmed, non-empty, at most 120 characters, no duplicates (case-insensitive). */
export function validateFreeTextSkills(
  skills: readonly { label: string; rating: number }[],
): { index: number; message: string }[] {
  const seen = new Set<string>();
  const issues: { index: number; message: string }[] = [];
  skills.forEach((skill, index) => {
    const label = skill.label.trim();
    if (!label) issues.push({ index, message: `free-text skill ${index + 1}: the label is empty` });
    else if (label.length > 120)
      issues.push({ index, message: `free-text skill ${index + 1}: the label is over 120 characters` });
    else if (seen.has(label.toLowerCase()))
      issues.push({ index, message: `free-text skill ${index + 1}: "${label}" is listed twice` });
    seen.add(label.toLowerCase());
    if (!Number.isInteger(skill.rating) || skill.rating < 1 || skill.rating > 5)
      issues.push({ index, message: `free-text skill ${index + 1}: rating ${skill.rating} is outside 1-5` });
  });
  return issues;
}

/** Skills asked per occupation in a skills inventory: ROME's core skills first. */
export const SKILLS_PER_OCCUPATION = 10;

/** A skills inventory asks about the former occupation, then the targets, each occupation once. */
export function occupationsToRate(
  formerOccupationCode: string | null | undefined,
  targetOccupationCodes: readonly string[],
): string[] {
  return [
    ...new Set([formerOccupationCode, ...targetOccupationCodes].filter((code): code is string => !!code)),
  ];
}

/**
 * A skills inventory nobody has started yet is chosen again when an occupation to rate is missing
 * from its items: the person's background (their former occupation) reached assessment after the
 * coach assigned it, so only the targets were asked.
 */
export function skillItemsToRechoose(
  ratedOccupationCodes: readonly string[],
  occupationsNowToRate: readonly string[],
): boolean {
  const rated = new Set(ratedOccupationCodes);
  return occupationsNowToRate.some((code) => !rated.has(code));
}
