import type { OccupationCatalogue } from './catalogue';
import type { JobOffer } from './job-offer';
import { personSkills, type CandidateProfile, type Proximity } from './occupation-ranking';
import { explainOfferMatch } from './offer-explanation';
import { OfferMatchingEngine } from './offer-matching';
import { leadTargets } from './project-targets';
import type { SkillSpace } from './skill-space';

export interface PersonOffersInput {
  candidateId: string;
  profile: CandidateProfile;
  /** The occupations recommended to the person, best first. */
  recommendations: readonly { occupationCode: string; rank: number; score: number; proximity: Proximity }[];
  /** The target occupations of the person's validated professional project (none without one). */
  projectTargets?: readonly string[];
  feedback: readonly { offerId: string; verdict: 'interested' | 'not_relevant' }[];
  /** Departments the person searches in; none means anywhere. */
  searchDepartments: readonly string[];
  /** The live offers of those occupations in that area. */
  offers: readonly JobOffer[];
  /** The person's list as it stands. */
  previous: readonly { offerId: string; score: number }[];
}

export interface RankedOffer {
  offerId: string;
  rank: number;
  score: number;
  explanation: string;
}

/**
 * A person's offer list: their live offers ranked on their project's target occupations and their
 * recommended ones (`leadTargets`: the project's first), their skills,
 * their area and their feedback (not relevant: gone; interested: lifted), each with why it is there.
 * Null when the list is the one they have (same offers, same scores): nothing to store or announce.
 */
export function rankPersonOffers(
  input: PersonOffersInput,
  reference: { catalogue: OccupationCatalogue; skills: SkillSpace },
  limit: number,
): RankedOffer[] | null {
  const { catalogue, skills } = reference;
  const engine = new OfferMatchingEngine(skills, limit);
  engine.loadOffers(input.offers);
  const have = personSkills(input.profile, catalogue);
  const verdicts = (verdict: 'interested' | 'not_relevant') =>
    new Set(input.feedback.filter((f) => f.verdict === verdict).map((f) => f.offerId));
  const interested = verdicts('interested');
  const area = input.searchDepartments;
  const targets = leadTargets(input.recommendations, input.projectTargets ?? []);
  const matches = engine.upsertSeeker({
    candidateId: input.candidateId,
    skillCodes: have,
    targets: targets.map((t) => ({ occupationCode: t.occupationCode, score: t.score })),
    reach: area.length > 0 ? { kind: 'departments', departments: new Set(area) } : { kind: 'national' },
    notRelevant: verdicts('not_relevant'),
    interested,
  });
  const unchanged =
    input.previous.length === matches.length &&
    input.previous.every((row, i) => row.offerId === matches[i].offerId && row.score === matches[i].score);
  if (unchanged) return null;

  const byOccupation = new Map(targets.map((t) => [t.occupationCode, t]));
  return matches.map((match, index) => {
    const offer = engine.offer(match.offerId);
    if (!offer) throw new Error(`offer ${match.offerId} vanished while ranking`);
    const recommendation = byOccupation.get(offer.occupationCode);
    const shared = offer.skillCodes.filter((code) => have.has(code));
    const missing = offer.skillCodes.filter((code) => !have.has(code));
    return {
      offerId: match.offerId,
      rank: index + 1,
      score: match.score,
      explanation: explainOfferMatch({
        title: offer.title,
        contractType: offer.contractType,
        departmentCode: offer.departmentCode,
        occupationLabel: catalogue.byCode.get(offer.occupationCode)?.label ?? offer.occupationCode,
        recommendationRank: recommendation?.rank ?? null,
        proximity: recommendation?.proximity ?? null,
        fromProject: recommendation?.fromProject ?? false,
        sharedSkillLabels: skills.byWeight(shared).map((c) => catalogue.skillLabel(c)),
        missingSkillLabels: skills.byWeight(missing).map((c) => catalogue.skillLabel(c)),
        interested: interested.has(match.offerId),
      }),
    };
  });
}
