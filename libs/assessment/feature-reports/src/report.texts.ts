import type { Consistency, Language, RiasecType } from '@passerelle/assessment/domain';

/** The report's wording, our own, in both languages. */
export interface ReportTexts {
  title: string;
  subtitle: string;
  completedOn: (date: string) => string;
  releasedOn: (date: string) => string;
  notReleased: string;
  interestsHeading: string;
  axisTitle: (min: number, max: number) => string;
  typeNames: Record<RiasecType, string>;
  typeMeanings: Record<RiasecType, string>;
  codeHeading: string;
  codeSentence: (code: string, names: string[]) => string;
  tieSentence: string;
  consistency: Record<Consistency, string>;
  differentiation: (spread: number, flat: boolean) => string;
  conversation: string;
  valuesHeading: string;
  skillsHeading: string;
  skillRating: (rating: number) => string;
  noSkills: string;
  occupationsHeading: string;
  noOccupations: string;
  sourcesHeading: string;
  locale: string;
  /** French typography puts a space before the colon. */
  colon: string;
}

const FR: ReportTexts = {
  title: 'Mon bilan d’intérêts et de compétences',
  subtitle: 'Passerelle, accompagnement vers l’emploi',
  completedOn: (date) => `Questionnaire complété le ${date}`,
  releasedOn: (date) => `Résultats restitués par votre consultant le ${date}`,
  notReleased: 'Document de travail du consultant, avant restitution',
  interestsHeading: 'Mon profil d’intérêts (RIASEC)',
  axisTitle: (min, max) => `Score (de ${min} à ${max})`,
  typeNames: {
    R: 'Réaliste',
    I: 'Investigateur',
    A: 'Artistique',
    S: 'Social',
    E: 'Entreprenant',
    C: 'Conventionnel',
  },
  typeMeanings: {
    R: 'aimer le concret : manier des outils, des machines, des matériaux, travailler de ses mains.',
    I: 'aimer comprendre : observer, analyser, chercher, résoudre des problèmes.',
    A: 'aimer créer : imaginer, s’exprimer, inventer, avec de la liberté.',
    S: 'aimer aider : accompagner, former, soigner, conseiller les autres.',
    E: 'aimer entreprendre : convaincre, vendre, diriger, prendre des initiatives.',
    C: 'aimer organiser : classer, vérifier, suivre des procédures, manier des chiffres.',
  },
  codeHeading: 'Mon code Holland',
  codeSentence: (code, names) =>
    `Votre code est ${code} : vos intérêts les plus forts vont d’abord vers le type ${names[0]}, puis ${names[1]}, puis ${names[2]}.`,
  tieSentence:
    'Deux types ont le même score à la troisième place : le code retient celui qui vient en premier dans l’ordre R-I-A-S-E-C. Parlez-en avec votre consultant.',
  consistency: {
    high: 'Vos deux premiers types sont voisins sur l’hexagone de Holland : ils vont bien ensemble (cohérence forte).',
    medium:
      'Vos deux premiers types sont à une case d’écart sur l’hexagone : ils se combinent assez bien (cohérence moyenne).',
    low: 'Vos deux premiers types sont opposés sur l’hexagone : des intérêts variés, à explorer ensemble (cohérence faible).',
  },
  differentiation: (spread, flat) =>
    flat
      ? `L’écart entre votre type le plus fort et le plus faible est de ${spread} points : vos intérêts sont assez proches les uns des autres.`
      : `L’écart entre votre type le plus fort et le plus faible est de ${spread} points : vos préférences sont nettes.`,
  conversation:
    'Ces résultats ne sont pas un verdict : ils ouvrent une conversation avec votre consultant sur les métiers qui vous ressemblent.',
  valuesHeading: 'Ce qui compte pour moi au travail',
  skillsHeading: 'Mes principales compétences',
  skillRating: (rating) => `${rating}/5`,
  noSkills: 'Inventaire de compétences pas encore complété.',
  occupationsHeading: 'Métiers suggérés',
  noOccupations: 'Pas encore de suggestions de métiers.',
  sourcesHeading: 'Sources',
  locale: 'fr-FR',
  colon: ' : ',
};

const EN: ReportTexts = {
  title: 'My interests and skills report',
  subtitle: 'Passerelle, back-to-work coaching',
  completedOn: (date) => `Questionnaire completed on ${date}`,
  releasedOn: (date) => `Results discussed with your coach on ${date}`,
  notReleased: 'Coach’s working copy, before the debrief',
  interestsHeading: 'My interest profile (RIASEC)',
  axisTitle: (min, max) => `Score (${min} to ${max})`,
  typeNames: {
    R: 'Realistic',
    I: 'Investigative',
    A: 'Artistic',
    S: 'Social',
    E: 'Enterprising',
    C: 'Conventional',
  },
  typeMeanings: {
    R: 'enjoying hands-on work: tools, machines, materials, making and fixing things.',
    I: 'enjoying understanding: observing, analysing, researching, solving problems.',
    A: 'enjoying creating: imagining, expressing yourself, inventing, with freedom.',
    S: 'enjoying helping: supporting, teaching, caring for and advising people.',
    E: 'enjoying enterprise: persuading, selling, leading, taking initiative.',
    C: 'enjoying order: sorting, checking, following procedures, working with figures.',
  },
  codeHeading: 'My Holland code',
  codeSentence: (code, names) =>
    `Your code is ${code}: your strongest interests are ${names[0]} first, then ${names[1]}, then ${names[2]}.`,
  tieSentence:
    'Two types share the third score: the code keeps the one that comes first in the order R-I-A-S-E-C. Talk it over with your coach.',
  consistency: {
    high: 'Your first two types sit side by side on Holland’s hexagon: they go well together (high consistency).',
    medium:
      'Your first two types are one step apart on the hexagon: they combine fairly well (medium consistency).',
    low: 'Your first two types are opposite on the hexagon: varied interests worth exploring together (low consistency).',
  },
  differentiation: (spread, flat) =>
    flat
      ? `Your strongest and weakest types are ${spread} points apart: your interests are fairly even.`
      : `Your strongest and weakest types are ${spread} points apart: your preferences are clear.`,
  conversation:
    'These results are not a verdict: they open a conversation with your coach about the jobs that suit you.',
  valuesHeading: 'What matters to me at work',
  skillsHeading: 'My main skills',
  skillRating: (rating) => `${rating}/5`,
  noSkills: 'Skills inventory not completed yet.',
  occupationsHeading: 'Suggested occupations',
  noOccupations: 'No occupation suggestions yet.',
  sourcesHeading: 'Sources',
  locale: 'en-GB',
  colon: ': ',
};

export const REPORT_TEXTS: Record<Language, ReportTexts> = { fr: FR, en: EN };
