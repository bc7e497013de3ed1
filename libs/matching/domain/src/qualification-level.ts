/**
 * Qualification levels on the French national scale (nomenclature of 2019, the same as the
 * European framework's 3 to 8): 3 CAP/BEP, 4 Bac, 5 Bac+2, 6 Bac+3/4, 7 Bac+5, 8 doctorate. Level
 * 2 stands for "no diploma asked". ROME gives no level field: it is read from the first sentence
 * of the occupation's "accès au métier" text, the lowest level that sentence names.
 */
export type QualificationLevel = 2 | 3 | 4 | 5 | 6 | 7 | 8;

const PATTERNS: readonly [RegExp, QualificationLevel][] = [
  [
    /sans (?:qualification|diplome|niveau|formation)|n'est pas conditionne|aucun diplome|pas de diplome|sans condition de diplome/,
    2,
  ],
  [/\bcap\b|\bbep\b|\bcqp\b|\btitre professionnel\b|\bniveau 3\b/, 3],
  [/\bbac(?:calaureat)?\b(?!\s*\+)|\bbac pro|\bbp\b|\bbrevet professionnel\b|\bniveau 4\b/, 4],
  [/bac\s*\+\s*2\b|\bbts\b|\bdut\b|\bdeust\b|\bniveau 5\b/, 5],
  [/bac\s*\+\s*[34]\b|\blicence\b|\bbut\b|\bbachelor\b|\bniveau 6\b|diplome d'etat d'infirmier/, 6],
  [/bac\s*\+\s*5\b|\bmaster\b|\bingenieur\b|ecole de commerce|grande ecole|\bniveau 7\b/, 7],
  [/bac\s*\+\s*8\b|\bdoctorat\b|docteur en|\bniveau 8\b/, 8],
];

function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/''/g, "'")
    .replace(/\s+/g, ' ');
}

/**
 * The entry level an "accès au métier" text states: the lowest level named in its first sentence
 * (or in the whole text when the first names none); null when it names no level (e.g. "une
 * formation en art dramatique").
 */
export function entryLevelFromAccessText(text: string): QualificationLevel | null {
  const folded = fold(text);
  const first = folded.split(/(?<=\.)\s/)[0] ?? folded;
  return lowestLevel(first) ?? lowestLevel(folded);
}

function lowestLevel(text: string): QualificationLevel | null {
  let lowest: QualificationLevel | null = null;
  for (const [pattern, level] of PATTERNS) {
    if (pattern.test(text) && (lowest === null || level < lowest)) lowest = level;
  }
  return lowest;
}
