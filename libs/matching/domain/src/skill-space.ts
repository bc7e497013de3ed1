export const SPECIFICITY_EXPONENT = 2;
export const GENERAL_SKILL_FACTOR = 0.5;

export interface SkillSpaceOptions {
  /** IDF raised to this power: 2 makes a skill every manual job lists count far less than a specific one. */
  exponent?: number;
  /** A factor per skill code, e.g. 0.5 for soft skills ("savoir-être"), which say little about a trade. */
  factors?: ReadonlyMap<string, number>;
  /** Skills that are no trade's own by ROME's category: never "specific", whatever their rarity. */
  general?: Iterable<string>;
}

/**
 * Skills weighted by how telling they are: a skill shared by few occupations ("Tailler les arbres")
 * says more about a fit than one most occupations list ("Travailler en équipe"). Weight = IDF over
 * the occupations' skill lists, log(1 + N / df), raised to `exponent`, times the skill's factor.
 */
export class SkillSpace {
  private readonly weights = new Map<string, number>();
  private readonly counts = new Map<string, number>();
  private readonly general: ReadonlySet<string>;
  private readonly maxWeight: number;

  constructor(skillLists: Iterable<readonly string[]>, options: SkillSpaceOptions = {}) {
    const { exponent = 1, factors } = options;
    this.general = new Set(options.general ?? []);
    const frequency = new Map<string, number>();
    let count = 0;
    for (const list of skillLists) {
      count++;
      for (const code of new Set(list)) frequency.set(code, (frequency.get(code) ?? 0) + 1);
    }
    let max = 0;
    for (const [code, df] of frequency) {
      const weight = Math.log(1 + count / df) ** exponent * (factors?.get(code) ?? 1);
      this.counts.set(code, df);
      this.weights.set(code, weight);
      if (weight > max) max = weight;
    }
    this.maxWeight = max;
  }

  /**
   * The product's specificity weighting: IDF squared (a skill in 300 of 1,584 occupations weighs
   * about a twelfth of one in 3, against a third with plain IDF) and general skills (soft skills,
   * transverse know-how, workplace rules, by ROME's category) at half.
   */
  static specific(skillLists: Iterable<readonly string[]>, generalSkills: Iterable<string> = []): SkillSpace {
    const general = [...generalSkills];
    return new SkillSpace(skillLists, {
      exponent: SPECIFICITY_EXPONENT,
      factors: new Map(general.map((code) => [code, GENERAL_SKILL_FACTOR])),
      general,
    });
  }

  /** General by ROME's category (see SkillSpaceOptions.general). */
  isGeneral(code: string): boolean {
    return this.general.has(code);
  }

  /** How many occupations list the skill (0 for a skill none lists, e.g. one a person added). */
  occupationCount(code: string): number {
    return this.counts.get(code) ?? 0;
  }

  /** Unknown skills (self-rated, outside every occupation) weigh as much as the rarest. */
  weight(code: string): number {
    return this.weights.get(code) ?? this.maxWeight;
  }

  totalWeight(codes: ReadonlySet<string>): number {
    let sum = 0;
    for (const code of codes) sum += this.weight(code);
    return sum;
  }

  /** Weighted Jaccard: weight of the shared skills over weight of all the skills of either side. */
  jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>, totalA?: number, totalB?: number): number {
    const shared = this.sharedWeight(a, b);
    const union = (totalA ?? this.totalWeight(a)) + (totalB ?? this.totalWeight(b)) - shared;
    return union > 0 ? shared / union : 0;
  }

  /** Share of the target's skill weight the person already has (how much of the job they cover). */
  coverage(have: ReadonlySet<string>, target: ReadonlySet<string>, totalTarget?: number): number {
    const total = totalTarget ?? this.totalWeight(target);
    return total > 0 ? this.sharedWeight(have, target) / total : 0;
  }

  sharedWeight(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let shared = 0;
    for (const code of small) if (large.has(code)) shared += this.weight(code);
    return shared;
  }

  /** The skills of `codes`, most telling first. */
  byWeight(codes: Iterable<string>): string[] {
    return [...codes]
      .map((code) => ({ code, weight: this.weight(code) }))
      .sort((x, y) => y.weight - x.weight || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0))
      .map(({ code }) => code);
  }
}

/** A skill set as sorted integer ids with its total weight, for fast many-to-many comparisons. */
export interface SkillVector {
  ids: Int32Array;
  total: number;
}

/** Encodes skill sets against one SkillSpace so that overlaps are a merge of two sorted arrays. */
export class SkillVectorSpace {
  private readonly index = new Map<string, number>();
  private weightsById: number[] = [];
  private marks = new Uint8Array(1024);

  constructor(private readonly space: SkillSpace) {}

  encode(codes: Iterable<string>): SkillVector {
    const ids: number[] = [];
    let total = 0;
    for (const code of new Set(codes)) {
      let id = this.index.get(code);
      if (id === undefined) {
        id = this.weightsById.length;
        this.index.set(code, id);
        this.weightsById.push(this.space.weight(code));
      }
      ids.push(id);
      total += this.weightsById[id];
    }
    return { ids: Int32Array.from(ids).sort(), total };
  }

  sharedWeight(a: SkillVector, b: SkillVector): number {
    const weights = this.weightsById;
    let i = 0;
    let j = 0;
    let shared = 0;
    while (i < a.ids.length && j < b.ids.length) {
      const x = a.ids[i];
      const y = b.ids[j];
      if (x === y) {
        shared += weights[x];
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    return shared;
  }

  /**
   * Marks a person's skills so that many small vectors (offers) can be weighed against them with
   * one lookup per skill instead of a merge. Unmark when done: the marks are shared.
   */
  mark(vector: SkillVector, on = true): void {
    if (this.marks.length < this.weightsById.length) {
      const grown = new Uint8Array(Math.max(this.weightsById.length, this.marks.length * 2));
      grown.set(this.marks);
      this.marks = grown;
    }
    for (const id of vector.ids) this.marks[id] = on ? 1 : 0;
  }

  /** Weight of the skills of `vector` that are marked. */
  markedWeight(vector: SkillVector): number {
    let shared = 0;
    for (const id of vector.ids) if (this.marks[id] === 1) shared += this.weightsById[id] ?? 0;
    return shared;
  }

  jaccard(a: SkillVector, b: SkillVector): number {
    const shared = this.sharedWeight(a, b);
    return shared === 0 ? 0 : shared / (a.total + b.total - shared);
  }
}
