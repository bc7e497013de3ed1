import { TRACKS, type Track } from '@passerelle/shared/contracts';
import type { Answers } from './answers';
import type { Wording } from './questionnaire';

/**
 * Orientation rules. Each rule that matches gives points to one track and names itself with a
 * stable reason code; the track with the most points wins. When tracks tie, the one with the
 * quickest return to work wins (the order of TRACK_PRECEDENCE), and the reasons say so. Nothing
 * matched means direct re-employment, the default the coach then confirms or overrides.
 *
 * The distress flag is decided apart from the track: a distress answer always asks for prompt
 * human contact, whatever the person is oriented to.
 */
export const REASON_CODES = [
  'project_same_occupation',
  'project_new_occupation',
  'project_business_creation',
  'project_retirement',
  'clear_project',
  'no_clear_project',
  'open_to_training',
  'urgent_income_need',
  'retirement_within_24_months',
  'retirement_within_5_years',
  'no_rule_matched',
  'tie_broken_by_precedence',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const DISTRESS_CODES = ['distress_answer', 'severe_stress_and_low_wellbeing'] as const;
export type DistressCode = (typeof DISTRESS_CODES)[number];

/** Quickest return to work first. */
export const TRACK_PRECEDENCE: readonly Track[] = [
  'direct_reemployment',
  'retraining',
  'business_creation',
  'retirement_transition',
];

export interface Orientation {
  track: Track;
  /** The codes of the rules that decided the track, strongest first. */
  reasonCodes: ReasonCode[];
  scores: Record<Track, number>;
  distressFlag: boolean;
  distressCodes: DistressCode[];
  mobilityRadiusKm: number | null;
  languages: string[];
}

interface RuleHit {
  track: Track;
  points: number;
  code: ReasonCode;
}

const PROJECT_TRACK: Record<string, { track: Track; code: ReasonCode }> = {
  same_occupation: { track: 'direct_reemployment', code: 'project_same_occupation' },
  new_occupation: { track: 'retraining', code: 'project_new_occupation' },
  create_business: { track: 'business_creation', code: 'project_business_creation' },
  retire: { track: 'retirement_transition', code: 'project_retirement' },
};

const text = (answers: Answers, id: string): string | null => {
  const value = answers[id];
  return typeof value === 'string' ? value : null;
};
const integer = (answers: Answers, id: string): number | null => {
  const value = answers[id];
  return typeof value === 'number' ? value : null;
};
const list = (answers: Answers, id: string): string[] => {
  const value = answers[id];
  return Array.isArray(value) ? value : [];
};

/** Every rule, in the order they are listed in docs/intake-journey.md. */
function ruleHits(answers: Answers): RuleHit[] {
  const hits: RuleHit[] = [];
  const project = PROJECT_TRACK[text(answers, 'project_kind') ?? ''];
  if (project) hits.push({ track: project.track, points: 3, code: project.code });

  const clarity = text(answers, 'project_clarity');
  if (clarity === 'clear' && project) hits.push({ track: project.track, points: 1, code: 'clear_project' });
  if (clarity === 'no_idea') hits.push({ track: 'retraining', points: 1, code: 'no_clear_project' });

  if (text(answers, 'open_to_training') === 'yes') {
    hits.push({ track: 'retraining', points: 1, code: 'open_to_training' });
  }

  const urgency = text(answers, 'income_urgency');
  if (urgency === 'immediate' || urgency === 'within_3_months') {
    hits.push({ track: 'direct_reemployment', points: 2, code: 'urgent_income_need' });
  }

  const yearsToRetirement = integer(answers, 'years_to_retirement');
  if (yearsToRetirement !== null && yearsToRetirement <= 2) {
    hits.push({ track: 'retirement_transition', points: 4, code: 'retirement_within_24_months' });
  } else if (yearsToRetirement !== null && yearsToRetirement <= 5) {
    hits.push({ track: 'retirement_transition', points: 1, code: 'retirement_within_5_years' });
  }
  return hits;
}

export function distressCodesOf(answers: Answers): DistressCode[] {
  const codes: DistressCode[] = [];
  const signal = text(answers, 'distress_signal');
  if (signal === 'sometimes' || signal === 'often') codes.push('distress_answer');
  const wellbeing = integer(answers, 'wellbeing');
  const stress = integer(answers, 'stress');
  if (wellbeing !== null && stress !== null && wellbeing <= 1 && stress >= 5) {
    codes.push('severe_stress_and_low_wellbeing');
  }
  return codes;
}

export function orient(answers: Answers): Orientation {
  const hits = ruleHits(answers);
  const scores = Object.fromEntries(TRACKS.map((track) => [track, 0])) as Record<Track, number>;
  for (const hit of hits) scores[hit.track] += hit.points;

  const best = Math.max(...TRACKS.map((track) => scores[track]));
  const leaders = TRACK_PRECEDENCE.filter((track) => scores[track] === best);
  const track = leaders[0] ?? 'direct_reemployment';

  const reasonCodes: ReasonCode[] =
    best === 0
      ? ['no_rule_matched']
      : hits
          .filter((hit) => hit.track === track)
          .sort((a, b) => b.points - a.points)
          .map((hit) => hit.code);
  if (best > 0 && leaders.length > 1) reasonCodes.push('tie_broken_by_precedence');

  const distressCodes = distressCodesOf(answers);
  return {
    track,
    reasonCodes,
    scores,
    distressFlag: distressCodes.length > 0,
    distressCodes,
    mobilityRadiusKm: integer(answers, 'mobility_radius_km'),
    languages: list(answers, 'languages'),
  };
}

/** Plain-language reasons, shown to the person and their coach. */
export const REASON_WORDING: Record<ReasonCode | DistressCode, Wording> = {
  project_same_occupation: {
    fr: 'Vous souhaitez retrouver un emploi dans votre métier.',
    en: 'You want a job in your own occupation.',
  },
  project_new_occupation: {
    fr: 'Vous souhaitez changer de métier.',
    en: 'You want to move to a new occupation.',
  },
  project_business_creation: {
    fr: 'Vous souhaitez créer ou reprendre une entreprise.',
    en: 'You want to start or take over a business.',
  },
  project_retirement: {
    fr: 'Vous souhaitez préparer votre retraite.',
    en: 'You want to prepare your retirement.',
  },
  clear_project: { fr: 'Votre projet est déjà clair.', en: 'Your project is already clear.' },
  no_clear_project: {
    fr: 'Votre projet reste à construire : explorer d’autres métiers peut aider.',
    en: 'Your project is still open: exploring other occupations can help.',
  },
  open_to_training: { fr: 'Vous êtes prêt(e) à vous former.', en: 'You are ready to train.' },
  urgent_income_need: {
    fr: 'Vous avez besoin d’un revenu rapidement.',
    en: 'You need an income soon.',
  },
  retirement_within_24_months: {
    fr: 'Votre retraite à taux plein est à moins de deux ans.',
    en: 'Your full pension is less than two years away.',
  },
  retirement_within_5_years: {
    fr: 'Votre retraite à taux plein est à moins de cinq ans.',
    en: 'Your full pension is less than five years away.',
  },
  no_rule_matched: {
    fr: 'Par défaut, retour direct à l’emploi ; votre consultant(e) en discutera avec vous.',
    en: 'By default, a direct return to work; your coach will discuss it with you.',
  },
  tie_broken_by_precedence: {
    fr: 'Plusieurs pistes étaient à égalité : la plus rapide vers l’emploi a été retenue.',
    en: 'Several tracks were level: the quickest way back to work was chosen.',
  },
  distress_answer: {
    fr: 'Vous nous avez dit traverser une période difficile : un(e) consultant(e) vous contactera rapidement.',
    en: 'You told us you are going through a hard time: a coach will contact you soon.',
  },
  severe_stress_and_low_wellbeing: {
    fr: 'Votre niveau de stress est très élevé : un(e) consultant(e) vous contactera rapidement.',
    en: 'Your stress is very high: a coach will contact you soon.',
  },
};

export function reasonWording(code: string): Wording | null {
  return (REASON_WORDING as Record<string, Wording>)[code] ?? null;
}
