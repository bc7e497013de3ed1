import { titleTokens } from './text';
import { genderVariants, type TitleMatch } from './title-matcher';

/**
 * When a former job title is sure enough to give the person an occupation code without asking:
 * the best occupation scores at least `threshold` AND leads the next one by at least `margin`
 * (a generic "Électricien" is close to several ROME occupations at once: a coach picks).
 * Chosen on the realistic HR cohort of `npm run eval:titles` (see docs/matching.md).
 */
export interface TitleResolutionPolicy {
  threshold: number;
  margin: number;
}

export const TITLE_RESOLUTION_POLICY: TitleResolutionPolicy = { threshold: 0.85, margin: 0.04 };

/** How many candidates a coach is offered when the title is not sure enough. */
export const TITLE_CANDIDATES = 3;

export type TitleResolution =
  | { outcome: 'automatic'; romeCode: string; confidence: number; candidates: TitleMatch[] }
  /** The coach confirms one of `candidates` (possibly none) or gives another ROME code. */
  | { outcome: 'to_confirm'; confidence: number; candidates: TitleMatch[] }
  /** No title to resolve. */
  | { outcome: 'none' };

/**
 * Words HR files add to a title that say nothing about the occupation: "(H/F)", a grade ("N2",
 * "niveau 3", "coef. 190", "échelon 2"), seniority ("confirmé", "senior", "junior"), a contract
 * ("CDI", "intérim"). Removed before matching so they do not dilute the title's own words.
 */
const word = (body: string): RegExp => new RegExp(`(?<![\\p{L}\\d])(?:${body})(?![\\p{L}\\d])`, 'giu');
const NOISE = [
  /\(\s*[hf]\s*\/\s*[hf]\s*\)/giu,
  word('[hf]\\s*/\\s*[hf]'),
  word(
    '(?:niveau|niv\\.?|coef(?:ficient)?\\.?|[ée]chelon|[ée]ch\\.|position|pos\\.)\\s*[0-9]+(?:[.,][0-9]+)?',
  ),
  word('[np][0-9]'),
  word('confirm[ée]e?s?|s[ée]nior|junior|d[ée]butante?|exp[ée]riment[ée]e?|cdi|cdd|int[ée]rim(?:aire)?'),
  /\s+[IVX]{1,3}$/gu,
];

export function withoutHrNoise(title: string): string {
  let text = title;
  for (const pattern of NOISE) text = text.replace(pattern, ' ');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A former job title to a ROME code: automatic when the matcher is sure (policy), otherwise the
 * top candidates for the person's coach to confirm.
 */
export function resolveJobTitle(
  matcher: {
    match(text: string, limit?: number): TitleMatch[];
    /** The title's words with typos corrected, so that "electricein" is as generic as "électricien". */
    correctedTokens?(text: string): string[];
  },
  title: string | null | undefined,
  policy: TitleResolutionPolicy = TITLE_RESOLUTION_POLICY,
): TitleResolution {
  const cleaned = title ? withoutHrNoise(title) : '';
  if (!cleaned) return { outcome: 'none' };
  const candidates = matcher.match(cleaned, TITLE_CANDIDATES);
  const [best, next] = candidates;
  if (!best) return { outcome: 'to_confirm', confidence: 0, candidates };
  const lead = best.confidence - (next?.confidence ?? 0);
  if (
    best.confidence >= policy.threshold &&
    lead >= policy.margin &&
    !isGeneric(matcher.correctedTokens?.(cleaned) ?? titleTokens(cleaned), best, next)
  ) {
    return { outcome: 'automatic', romeCode: best.romeCode, confidence: best.confidence, candidates };
  }
  return { outcome: 'to_confirm', confidence: best.confidence, candidates };
}

/**
 * A title is generic when two occupations each have a title holding all its words and more
 * ("Contrôleur qualité": "Contrôleur qualité en électronique", "... en mécanique"), and neither is
 * the title itself: the words typed say nothing about which one it is.
 */
function isGeneric(words: readonly string[], best: TitleMatch, next: TitleMatch | undefined): boolean {
  if (!next) return false;
  const typed = new Set(words);
  const readings = (match: TitleMatch) =>
    genderVariants(match.titleLabel).map((label) => new Set(titleTokens(label)));
  const holdsAll = (words: Set<string>) => [...typed].every((word) => words.has(word));
  const bestReadings = readings(best);
  if (bestReadings.some((words) => words.size === typed.size && holdsAll(words))) return false;
  return bestReadings.some(holdsAll) && readings(next).some(holdsAll);
}
