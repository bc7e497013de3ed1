import { foldText, stemToken } from './text';

/**
 * Certifications (RNCP/RS, France Compétences) that close a suggestion's skill gap. The export has
 * no titles, levels or detailed skills: a certification is known by its number, the ROME
 * occupations it leads to, its training topics (Formacode) and, for many, its skill blocks. So:
 * - a certification counts for a target occupation when it names its ROME code, or the ROME V3
 *   code it comes from (`linkedBy`: exact before parent);
 * - each skill of the gap is "covered" when the words that carry its meaning (cut to six letters,
 *   weighted by rarity over the candidates' texts, so "réaliser" or "mettre" weigh little) are mostly found in the
 *   certification's blocks and topics (at least `COVER_THRESHOLD` of the skill's weight);
 * - score = the covered share of the gap, the first (most telling) skills weighing more
 *   (1 / (1 + 0.2 x position)), + 0.2 x the share of the gap's words (rarity-weighted, all skills
 *   together) found in its texts, + 0.1 when it names the occupation itself, + 0.1 / (number of
 *   occupations it leads to) for a specific certification, + 0.05 when it is split into skill
 *   blocks (it can be taken block by block, e.g. with a personal training account).
 * Best first; ties by number, newest (highest) first.
 */
export interface CertificationCandidate {
  number: string;
  kind: 'rncp' | 'rs';
  /** Every ROME code the certification names. */
  occupationCodes: readonly string[];
  topics: readonly { code: string; label: string }[];
  skillBlocks: readonly { code: string; label: string }[];
}

export interface CertificationChoice {
  number: string;
  score: number;
  linkedBy: 'occupation' | 'parent_occupation';
  /** Codes of the gap's skills the certification covers, in the gap's order. */
  coveredSkillCodes: string[];
  /** A sentence for the coach (French): why this certification. */
  reason: string;
}

export const COVER_THRESHOLD = 0.5;

const STOP = new Set([
  'les',
  'des',
  'une',
  'pour',
  'dans',
  'avec',
  'sur',
  'par',
  'aux',
  'son',
  'ses',
  'leur',
  'leurs',
  'et',
  'ou',
  'de',
  'du',
  'la',
  'le',
  'en',
  'au',
  'un',
  'a',
  'd',
  'l',
  'selon',
  'afin',
  'cadre',
]);

/**
 * The words of a label that may carry its meaning: folded, no short or filler words, cut to their
 * first six letters so a verb meets its noun ("assembler", "assemblage"; "contrôler", "contrôle").
 */
export function meaningfulWords(label: string): Set<string> {
  return new Set(
    foldText(label)
      .split(' ')
      .filter((word) => word.length >= 3 && !STOP.has(word))
      .map((word) => stemToken(word).slice(0, STEM_LENGTH)),
  );
}

export const STEM_LENGTH = 6;

export function chooseCertifications(
  target: { code: string; parentCode: string | null },
  gap: readonly { code: string; label: string }[],
  candidates: readonly CertificationCandidate[],
  limit = 3,
): CertificationChoice[] {
  const linked = candidates.flatMap((candidate) => {
    if (candidate.occupationCodes.includes(target.code)) return [{ candidate, exact: true }];
    if (target.parentCode && candidate.occupationCodes.includes(target.parentCode))
      return [{ candidate, exact: false }];
    return [];
  });
  if (linked.length === 0) return [];
  const texts = linked.map(({ candidate }) => {
    const words = new Set<string>();
    for (const item of [...candidate.skillBlocks, ...candidate.topics])
      for (const word of meaningfulWords(item.label)) words.add(word);
    return words;
  });
  const gapWords = gap.map((skill) => meaningfulWords(skill.label));
  // Rarity over the candidates and the gap: a word every text has says nothing about the fit.
  const documents = [...texts, ...gapWords];
  const frequency = new Map<string, number>();
  for (const words of documents)
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const weight = (word: string): number => Math.log((documents.length + 1) / (frequency.get(word) ?? 0.5));
  const gapWeights = gap.map((_skill, i) => 1 / (1 + 0.2 * i));
  const weightOf = (words: readonly string[]): number => words.reduce((sum, word) => sum + weight(word), 0);
  const gapVocabulary = new Set(gapWords.flatMap((words) => [...words]));
  const gapVocabularyWeight = weightOf([...gapVocabulary]);
  const totalGap = gapWeights.reduce((sum, w) => sum + w, 0);

  const choices = linked.map(({ candidate, exact }, index) => {
    const words = texts[index];
    const covered: string[] = [];
    let coveredWeight = 0;
    gap.forEach((skill, i) => {
      const skillWords = [...gapWords[i]];
      const total = skillWords.reduce((sum, word) => sum + weight(word), 0);
      if (total <= 0) return;
      const found = skillWords.filter((word) => words.has(word)).reduce((sum, word) => sum + weight(word), 0);
      if (found / total >= COVER_THRESHOLD) {
        covered.push(skill.code);
        coveredWeight += gapWeights[i];
      }
    });
    const share = totalGap > 0 ? coveredWeight / totalGap : 0;
    const overlap =
      gapVocabularyWeight > 0
        ? weightOf([...gapVocabulary].filter((word) => words.has(word))) / gapVocabularyWeight
        : 0;
    const occupations = Math.max(1, candidate.occupationCodes.length);
    const blocks = candidate.skillBlocks.length;
    const score =
      Math.round(
        (share + 0.2 * overlap + (exact ? 0.1 : 0) + 0.1 / occupations + (blocks > 0 ? 0.05 : 0)) * 1000,
      ) / 1000;
    const parts = [
      gap.length > 0
        ? covered.length > 0
          ? `Couvre ${covered.length} des ${gap.length} compétences à acquérir.`
          : 'Ne couvre pas nommément les compétences à acquérir.'
        : 'Aucune compétence à acquérir : une certification reconnaît ce que la personne sait déjà.',
      exact ? 'Mène à ce métier.' : 'Mène à la famille de ce métier (ROME V3).',
      occupations === 1 ? 'Propre à ce métier.' : `Ouvre sur ${occupations} métiers.`,
      blocks > 0 ? `Se prépare par blocs (${blocks}).` : '',
    ];
    return {
      number: candidate.number,
      score,
      linkedBy: exact ? ('occupation' as const) : ('parent_occupation' as const),
      coveredSkillCodes: covered,
      reason: parts.filter(Boolean).join(' '),
    };
  });
  return choices
    .sort((a, b) => b.score - a.score || certificationNumber(b.number) - certificationNumber(a.number))
    .slice(0, limit);
}

/** The numeric part of RNCP37876 or RS5640, to put newer certifications first. */
export function certificationNumber(number: string): number {
  return Number(number.replace(/^\D+/, '')) || 0;
}

/** The certification's public page at France Compétences. */
export function certificationUrl(number: string): string {
  const kind = number.startsWith('RS') ? 'rs' : 'rncp';
  return `https://www.francecompetences.fr/recherche/${kind}/${number.replace(/^\D+/, '')}/`;
}
