import type { CvContent } from './cv';

/** An offer's skills as the CV is compared with them: ROME skill codes and/or labels. */
export interface OfferSkill {
  code: string | null;
  label: string;
}

export interface CvTailoring {
  /** The offer's skills the CV shows (by code or by label), in the offer's order. */
  shown: OfferSkill[];
  /** The offer's skills the CV does not show, in the offer's order. */
  missing: OfferSkill[];
  /** shown / offer's skills, 0..1 (1 when the offer names no skill). */
  coverage: number;
}

/** Lower case, no accents, no punctuation, single spaces: "Accueil du Public " = "accueil du public". */
export function normaliseSkill(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Which of an offer's skills the CV shows, and which it lacks. A skill is shown when the CV holds
 * its ROME code, or its label (normalised) as a skill or within a line of experience or training.
 * An offer's skill repeated (same code, or same label) counts once.
 */
export function tailorCv(content: CvContent, offerSkills: readonly OfferSkill[]): CvTailoring {
  const codes = new Set(content.skills.flatMap((skill) => (skill.code ? [skill.code.toUpperCase()] : [])));
  const labels = new Set(content.skills.map((skill) => normaliseSkill(skill.label)));
  const prose = [
    content.headline,
    ...content.experiences.flatMap((experience) => [experience.jobTitle, ...experience.lines]),
    ...content.trainings.map((training) => training.title),
  ]
    .map((line) => ` ${normaliseSkill(line)} `)
    .join('|');
  const seen = new Set<string>();
  const shown: OfferSkill[] = [];
  const missing: OfferSkill[] = [];
  for (const skill of offerSkills) {
    const label = normaliseSkill(skill.label);
    const key = skill.code ? `code:${skill.code.toUpperCase()}` : `label:${label}`;
    if (seen.has(key) || (label === '' && !skill.code)) continue;
    seen.add(key);
    const held =
      (skill.code !== null && codes.has(skill.code.toUpperCase())) ||
      (label !== '' && (labels.has(label) || prose.includes(` ${label} `)));
    (held ? shown : missing).push(skill);
  }
  const total = shown.length + missing.length;
  return { shown, missing, coverage: total === 0 ? 1 : shown.length / total };
}
