import { withinReach, type JobOffer, type Reach } from './job-offer';
import type { SkillSpace, SkillVector } from './skill-space';
import { SkillVectorSpace } from './skill-space';

/** A person looking for offers: their skills, their ranked target occupations, their reach, their feedback. */
export interface OfferSeeker {
  candidateId: string;
  skillCodes: Iterable<string>;
  targets: readonly { occupationCode: string; score: number }[];
  reach: Reach;
  /** Offers the person or their coach marked "not relevant": never shown again. */
  notRelevant?: ReadonlySet<string>;
  /** Offers marked "interested": kept near the top. */
  interested?: ReadonlySet<string>;
}

export interface OfferMatch {
  offerId: string;
  occupationCode: string;
  score: number;
  /** How much of the offer's skill weight the person has (0..1). */
  skillCoverage: number;
}

interface IndexedOffer {
  offer: JobOffer;
  vector: SkillVector;
}

interface SeekerState {
  candidateId: string;
  vector: SkillVector;
  targetFit: Map<string, number>;
  reach: Reach;
  notRelevant: ReadonlySet<string>;
  interested: ReadonlySet<string>;
  matches: OfferMatch[];
}

const OCCUPATION_WEIGHT = 0.6;
const SKILL_WEIGHT = 0.4;
const INTERESTED_BONUS = 0.15;

/**
 * Matches offers to people by occupation, skills and reach, and keeps each person's top list up to
 * date as offers come and go. Two indexes make that incremental: offers by occupation and
 * department (to rank a person), people by target occupation (to find whom a new offer concerns).
 */
export class OfferMatchingEngine {
  private readonly space: SkillVectorSpace;
  private readonly offers = new Map<string, IndexedOffer>();
  private readonly offersByOccupation = new Map<string, Map<string, IndexedOffer[]>>();
  private readonly seekers = new Map<string, SeekerState>();
  private readonly seekersByOccupation = new Map<string, Set<string>>();

  constructor(
    skills: SkillSpace,
    private readonly limit = 20,
  ) {
    this.space = new SkillVectorSpace(skills);
  }

  get offerCount(): number {
    return this.offers.size;
  }

  offer(id: string): JobOffer | undefined {
    return this.offers.get(id)?.offer;
  }

  matchesFor(candidateId: string): readonly OfferMatch[] {
    return this.seekers.get(candidateId)?.matches ?? [];
  }

  /** Adds offers without re-ranking anyone (bulk load before ranking everyone). */
  loadOffers(offers: Iterable<JobOffer>): void {
    for (const offer of offers) this.indexOffer(offer);
  }

  /** Sets (or replaces) a person and ranks their offers through the index. */
  upsertSeeker(seeker: OfferSeeker): readonly OfferMatch[] {
    this.removeSeeker(seeker.candidateId);
    const best = Math.max(0, ...seeker.targets.map((t) => t.score));
    const state: SeekerState = {
      candidateId: seeker.candidateId,
      vector: this.space.encode(seeker.skillCodes),
      targetFit: new Map(seeker.targets.map((t) => [t.occupationCode, best > 0 ? t.score / best : 0])),
      reach: seeker.reach,
      notRelevant: seeker.notRelevant ?? new Set(),
      interested: seeker.interested ?? new Set(),
      matches: [],
    };
    this.seekers.set(state.candidateId, state);
    for (const occupation of state.targetFit.keys()) {
      const people = this.seekersByOccupation.get(occupation) ?? new Set<string>();
      people.add(state.candidateId);
      this.seekersByOccupation.set(occupation, people);
    }
    state.matches = this.rankWithIndex(state);
    return state.matches;
  }

  removeSeeker(candidateId: string): void {
    const state = this.seekers.get(candidateId);
    if (!state) return;
    for (const occupation of state.targetFit.keys())
      this.seekersByOccupation.get(occupation)?.delete(candidateId);
    this.seekers.delete(candidateId);
  }

  /** A new or changed offer: re-ranks only the people whose targets and reach it fits. Returns them. */
  addOffer(offer: JobOffer): string[] {
    if (this.offers.has(offer.id)) return this.replaceOffer(offer);
    const vector = this.indexOffer(offer);
    const affected: string[] = [];
    for (const candidateId of this.seekersByOccupation.get(offer.occupationCode) ?? []) {
      const state = this.seekers.get(candidateId);
      if (!state || !withinReach(state.reach, offer.departmentCode) || state.notRelevant.has(offer.id))
        continue;
      const match = this.score(state, offer, vector);
      if (insertIntoTop(state.matches, match, this.limit)) affected.push(candidateId);
    }
    return affected;
  }

  /** An expired or withdrawn offer: only the people who had it in their list are re-ranked. */
  removeOffer(offerId: string): string[] {
    const entry = this.offers.get(offerId);
    if (!entry) return [];
    this.offers.delete(offerId);
    const list =
      this.offersByOccupation.get(entry.offer.occupationCode)?.get(entry.offer.departmentCode) ?? [];
    list.splice(list.indexOf(entry), 1);
    const affected: string[] = [];
    for (const candidateId of this.seekersByOccupation.get(entry.offer.occupationCode) ?? []) {
      const state = this.seekers.get(candidateId);
      if (state?.matches.some((m) => m.offerId === offerId)) {
        state.matches = this.rankWithIndex(state);
        affected.push(candidateId);
      }
    }
    return affected;
  }

  /** The person's top offers from the index: only their target occupations, only their reach. */
  rankWithIndex(state: SeekerState): OfferMatch[] {
    const top: OfferMatch[] = [];
    this.space.mark(state.vector);
    try {
      for (const occupation of state.targetFit.keys()) {
        const byDepartment = this.offersByOccupation.get(occupation);
        if (!byDepartment) continue;
        const fit = state.targetFit.get(occupation) ?? 0;
        // Even an offer asking only for skills the person has could not enter a full list: skip.
        if (top.length >= this.limit && combine(fit, 1, true) < (top[top.length - 1]?.score ?? 0)) continue;
        const lists =
          state.reach.kind === 'national'
            ? byDepartment.values()
            : [...state.reach.departments].map((d) => byDepartment.get(d) ?? []);
        for (const list of lists) {
          for (const { offer, vector } of list) {
            // Most offers cannot enter a full list: score them before building anything.
            const coverage = vector.total > 0 ? this.space.markedWeight(vector) / vector.total : 0;
            const score = combine(fit, coverage, state.interested.has(offer.id));
            if (top.length >= this.limit && score < (top[top.length - 1]?.score ?? 0)) continue;
            if (state.notRelevant.has(offer.id)) continue;
            insertIntoTop(
              top,
              { offerId: offer.id, occupationCode: offer.occupationCode, score, skillCoverage: coverage },
              this.limit,
            );
          }
        }
      }
    } finally {
      this.space.mark(state.vector, false);
    }
    return top;
  }

  /** The baseline: every offer looked at for the person, no index. Same result, more work. */
  rankBruteForce(candidateId: string): OfferMatch[] {
    const state = this.seekers.get(candidateId);
    if (!state) return [];
    const top: OfferMatch[] = [];
    for (const { offer, vector } of this.offers.values()) {
      if (!state.targetFit.has(offer.occupationCode)) continue;
      if (!withinReach(state.reach, offer.departmentCode) || state.notRelevant.has(offer.id)) continue;
      insertIntoTop(top, this.score(state, offer, vector), this.limit);
    }
    return top;
  }

  /** The baseline for one new offer: every person looked at, no people index. */
  addOfferBruteForce(offer: JobOffer): string[] {
    const vector = this.indexOffer(offer);
    const affected: string[] = [];
    for (const state of this.seekers.values()) {
      if (!state.targetFit.has(offer.occupationCode)) continue;
      if (!withinReach(state.reach, offer.departmentCode) || state.notRelevant.has(offer.id)) continue;
      if (insertIntoTop(state.matches, this.score(state, offer, vector), this.limit))
        affected.push(state.candidateId);
    }
    return affected;
  }

  /** Re-ranks everyone through the index (after a bulk load). */
  rankEveryone(): void {
    for (const state of this.seekers.values()) state.matches = this.rankWithIndex(state);
  }

  seekerIds(): IterableIterator<string> {
    return this.seekers.keys();
  }

  seekerState(candidateId: string): SeekerState | undefined {
    return this.seekers.get(candidateId);
  }

  private replaceOffer(offer: JobOffer): string[] {
    const removed = this.removeOffer(offer.id);
    const added = this.addOffer(offer);
    return [...new Set([...removed, ...added])];
  }

  private indexOffer(offer: JobOffer): SkillVector {
    const vector = this.space.encode(offer.skillCodes);
    const entry = { offer, vector };
    this.offers.set(offer.id, entry);
    const byDepartment =
      this.offersByOccupation.get(offer.occupationCode) ?? new Map<string, IndexedOffer[]>();
    const list = byDepartment.get(offer.departmentCode) ?? [];
    list.push(entry);
    byDepartment.set(offer.departmentCode, list);
    this.offersByOccupation.set(offer.occupationCode, byDepartment);
    return vector;
  }

  private score(state: SeekerState, offer: JobOffer, vector: SkillVector): OfferMatch {
    const coverage = vector.total > 0 ? this.space.sharedWeight(state.vector, vector) / vector.total : 0;
    const fit = state.targetFit.get(offer.occupationCode) ?? 0;
    return {
      offerId: offer.id,
      occupationCode: offer.occupationCode,
      score: combine(fit, coverage, state.interested.has(offer.id)),
      skillCoverage: coverage,
    };
  }
}

/** The offer's score for a person: occupation fit, skill coverage, and a lift when marked interested. */
export function combine(fit: number, coverage: number, interested: boolean): number {
  const bonus = interested ? INTERESTED_BONUS : 0;
  return Math.round((OCCUPATION_WEIGHT * fit + SKILL_WEIGHT * coverage + bonus) * 10000) / 10000;
}

/** Best first; ties broken by offer id so every path gives the same order. */
export function compareMatches(a: OfferMatch, b: OfferMatch): number {
  return b.score - a.score || (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0);
}

/** Inserts into a sorted top-N list; true when the list changed. */
function insertIntoTop(top: OfferMatch[], match: OfferMatch, limit: number): boolean {
  if (top.length >= limit && compareMatches(match, top[top.length - 1]) >= 0) return false;
  let index = top.length;
  while (index > 0 && compareMatches(match, top[index - 1]) < 0) index--;
  top.splice(index, 0, match);
  if (top.length > limit) top.pop();
  return true;
}
