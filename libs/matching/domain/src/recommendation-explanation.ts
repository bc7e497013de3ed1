import type { RiasecType } from '@passerelle/shared/contracts';
import type { LabourDemand, OccupationCatalogue } from './catalogue';
import type { QualificationLevel } from './qualification-level';

export type Language = 'fr' | 'en';

/** What a suggestion says about itself, in plain words: no codes, no acronyms of the trade. */
export interface ExplanationFacts {
  proximity: 'same' | 'close' | 'off_track';
  label: string;
  /** The shared skills, most specific first. */
  sharedSkillCodes: readonly string[];
  /** Those of them that are specific to a trade (`isSpecificSkill`): the ones worth naming first. */
  specificSharedSkillCodes: readonly string[];
  missingSkillCodes: readonly string[];
  /** The former occupation's label when the suggestion is one of its usual next steps. */
  usualStepFrom: string | null;
  /** Not a usual next step of the person's occupation, but of occupations close to it. */
  stepFromNeighbours: boolean;
  /**
   * Not a usual next step either, but one the learned model (trained on real moves) ranks among the
   * person's occupation's best: said in place of the neighbours' sentence. Absent: false.
   */
  movedIntoOften?: boolean;
  interests: { fit: number; person: readonly RiasecType[]; occupation: readonly RiasecType[] } | null;
  demand: LabourDemand | null;
  /** The target's usual entry level when it is above the person's (training to plan), else null. */
  trainingTo: QualificationLevel | null;
  stepDown: boolean;
  regulated: boolean;
  executive: boolean;
}

const SHOWN = 3;

const OPENING: Record<Language, Record<ExplanationFacts['proximity'], string>> = {
  fr: { same: 'Votre métier', close: 'Un métier proche du vôtre', off_track: 'Une piste nouvelle' },
  en: { same: 'Your own occupation', close: 'An occupation close to yours', off_track: 'A new direction' },
};

export const INTEREST_WORDS: Record<Language, Record<RiasecType, string>> = {
  fr: {
    R: 'le concret et le travail manuel',
    I: 'comprendre et analyser',
    A: "créer et s'exprimer",
    S: 'aider et accompagner les autres',
    E: 'entreprendre et convaincre',
    C: 'organiser avec méthode',
  },
  en: {
    R: 'hands-on, practical work',
    I: 'understanding and analysing',
    A: 'creating and expressing yourself',
    S: 'helping and supporting others',
    E: 'leading and persuading',
    C: 'organising things with method',
  },
};

export const LEVEL_WORDS: Record<Language, Record<QualificationLevel, string>> = {
  fr: {
    2: 'sans diplôme exigé',
    3: 'un CAP ou un BEP',
    4: 'le baccalauréat',
    5: 'un bac + 2 (BTS, BUT)',
    6: 'un bac + 3 (licence)',
    7: "un bac + 5 (master, école d'ingénieur)",
    8: 'un doctorat',
  },
  en: {
    2: 'no diploma required',
    3: 'a vocational certificate (CAP or BEP)',
    4: 'the baccalauréat (end of secondary school)',
    5: 'two years of higher education',
    6: "a bachelor's degree",
    7: "a master's degree",
    8: 'a doctorate',
  },
};

/**
 * Why a suggestion, in a few sentences a person understands when read aloud: the specific skills
 * they already have, what is left to learn, whether it is a usual next step, how it fits their
 * interests, the demand, and the training or diploma it asks for.
 */
export function explainSuggestion(
  facts: ExplanationFacts,
  catalogue: OccupationCatalogue,
  language: Language,
): string {
  const fr = language === 'fr';
  // A diploma ("CAP métallier") is not a skill a person can be said to have, nor one to learn.
  const list = (codes: readonly string[]) =>
    codes
      .filter((code) => !catalogue.isCertification(code))
      .slice(0, SHOWN)
      .map((code) => catalogue.skillLabel(code))
      .join(' ; ');
  const parts = [`${OPENING[language][facts.proximity]}${fr ? ' :' : ':'} ${facts.label}.`];
  const named = (codes: readonly string[]) => codes.some((code) => !catalogue.isCertification(code));
  if (named(facts.specificSharedSkillCodes)) {
    parts.push(
      fr
        ? `Vous savez déjà faire ce qu'il demande de plus particulier : ${list(facts.specificSharedSkillCodes)}.`
        : `You can already do what is most particular to it: ${list(facts.specificSharedSkillCodes)}.`,
    );
  } else if (named(facts.sharedSkillCodes)) {
    parts.push(
      fr
        ? `Vous avez des savoir-faire qui y servent aussi, sans être propres à ce métier : ${list(facts.sharedSkillCodes)}.`
        : `Some of your skills are useful there too, though not particular to it: ${list(facts.sharedSkillCodes)}.`,
    );
  } else {
    parts.push(
      fr
        ? "Votre parcours ne montre pas encore les savoir-faire qu'il demande."
        : 'Your background does not show the skills it asks for yet.',
    );
  }
  if (named(facts.missingSkillCodes) && facts.proximity !== 'same') {
    parts.push(
      fr
        ? `À apprendre, par exemple : ${list(facts.missingSkillCodes)}.`
        : `To learn, for example: ${list(facts.missingSkillCodes)}.`,
    );
  }
  if (facts.usualStepFrom) {
    parts.push(
      fr
        ? `C'est une évolution courante après « ${facts.usualStepFrom} ».`
        : `It is a common next step after "${facts.usualStepFrom}".`,
    );
  } else if (facts.movedIntoOften) {
    parts.push(
      fr
        ? 'Des personnes qui exerçaient un métier comme le vôtre y évoluent souvent.'
        : 'People who held occupations like yours often move into it.',
    );
  } else if (facts.stepFromNeighbours) {
    parts.push(
      fr
        ? 'Des personnes aux métiers proches du vôtre y évoluent souvent.'
        : 'People in occupations close to yours often move into it.',
    );
  }
  if (facts.interests) parts.push(interestSentence(facts.interests, language));
  if (facts.demand) {
    const { projects, hardToFill } = facts.demand;
    const share = projects > 0 ? Math.round((100 * hardToFill) / projects) : 0;
    parts.push(
      fr
        ? `Les employeurs prévoient ${projects} embauches pour ce métier cette année, dont ${share} % qu'ils jugent difficiles à pourvoir.`
        : `Employers plan ${projects} hires in this occupation this year, ${share}% of which they expect to be hard to fill.`,
    );
  }
  if (facts.trainingTo !== null) {
    const level = LEVEL_WORDS[language][facts.trainingTo];
    parts.push(
      fr
        ? `Il demande en général ${level} : une formation est à prévoir.`
        : `It usually asks for ${level}: plan for some training.`,
    );
  }
  if (facts.stepDown) {
    parts.push(
      fr
        ? 'Il demande moins de qualification que votre métier : vous avez dit être ouvert à ce choix.'
        : 'It asks for less qualification than your occupation: you said you are open to that.',
    );
  }
  if (facts.regulated)
    parts.push(
      fr
        ? "Un diplôme ou une autorisation est obligatoire pour l'exercer."
        : 'A diploma or a licence is required to practise it.',
    );
  if (facts.executive)
    parts.push(
      fr
        ? "C'est un poste de cadre, avec plus de responsabilités."
        : 'It is a managerial-grade post, with more responsibility.',
    );
  return parts.join(' ');
}

function interestSentence(interests: NonNullable<ExplanationFacts['interests']>, language: Language): string {
  const words = INTEREST_WORDS[language];
  const fr = language === 'fr';
  const shared = interests.occupation.filter((letter) => interests.person.includes(letter));
  if (interests.fit >= 0.75) {
    const named = (shared.length > 0 ? shared : interests.occupation.slice(0, 1)).map((l) => words[l]);
    return fr
      ? `Il rejoint bien ce qui vous intéresse : ${named.join(', ')}.`
      : `It fits what interests you well: ${named.join(', ')}.`;
  }
  if (interests.fit >= 0.5) {
    const named = interests.occupation.slice(0, 1).map((l) => words[l]);
    return fr
      ? `Il rejoint en partie ce qui vous intéresse (${named.join(', ')}).`
      : `It partly fits what interests you (${named.join(', ')}).`;
  }
  const first = interests.person.slice(0, 1).map((l) => words[l]);
  return fr
    ? `Il s'éloigne de ce qui vous intéresse le plus (${first.join(', ')}).`
    : `It is further from what interests you most (${first.join(', ')}).`;
}
