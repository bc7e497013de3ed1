/**
 * The diagnostic questionnaire is versioned data: a submitted diagnostic names the version it
 * answered, so wording can change in a new version without re-reading old answers differently.
 */
export type Locale = 'fr' | 'en';
export type Wording = Record<Locale, string>;

export const QUESTION_THEMES = [
  'urgency',
  'wellbeing',
  'project',
  'mobility',
  'constraints',
  'languages',
] as const;
export type QuestionTheme = (typeof QUESTION_THEMES)[number];

export interface ChoiceOption {
  value: string;
  label: Wording;
}

export type QuestionKind = 'single_choice' | 'multiple_choice' | 'scale' | 'integer' | 'language_list';

export interface Question {
  id: string;
  theme: QuestionTheme;
  kind: QuestionKind;
  text: Wording;
  required: boolean;
  /** For choices. */
  options: ChoiceOption[];
  /** For scales and integers, inclusive. */
  min: number | null;
  max: number | null;
}

export interface Questionnaire {
  version: string;
  questions: Question[];
}

const choice = (value: string, fr: string, en: string): ChoiceOption => ({ value, label: { fr, en } });

const question = (
  spec: Pick<Question, 'id' | 'theme' | 'kind' | 'text'> &
    Partial<Omit<Question, 'id' | 'theme' | 'kind' | 'text'>>,
): Question => ({ required: true, options: [], min: null, max: null, ...spec });

export const QUESTIONNAIRE_2026_1: Questionnaire = {
  version: '2026.1',
  questions: [
    question({
      id: 'income_urgency',
      theme: 'urgency',
      kind: 'single_choice',
      text: {
        fr: 'Dans quel délai avez-vous besoin de retrouver un revenu ?',
        en: 'How soon do you need an income again?',
      },
      options: [
        choice('immediate', 'Tout de suite', 'Right away'),
        choice('within_3_months', 'Dans les 3 mois', 'Within 3 months'),
        choice('within_6_months', 'Dans les 6 mois', 'Within 6 months'),
        choice('not_urgent', 'Pas d’urgence', 'Not urgent'),
      ],
    }),
    question({
      id: 'wellbeing',
      theme: 'wellbeing',
      kind: 'scale',
      text: {
        fr: 'Comment vous sentez-vous en ce moment ? (1 : très mal, 5 : très bien)',
        en: 'How do you feel at the moment? (1: very bad, 5: very good)',
      },
      min: 1,
      max: 5,
    }),
    question({
      id: 'stress',
      theme: 'wellbeing',
      kind: 'scale',
      text: {
        fr: 'Quel est votre niveau de stress ? (1 : aucun, 5 : très élevé)',
        en: 'How stressed are you? (1: not at all, 5: very much)',
      },
      min: 1,
      max: 5,
    }),
    question({
      id: 'distress_signal',
      theme: 'wellbeing',
      kind: 'single_choice',
      text: {
        fr: 'Ces dernières semaines, vous est-il arrivé de vous sentir dépassé(e) au point de ne plus faire face ?',
        en: 'In recent weeks, have you felt so overwhelmed that you could not cope?',
      },
      options: [
        choice('never', 'Jamais', 'Never'),
        choice('sometimes', 'Parfois', 'Sometimes'),
        choice('often', 'Souvent', 'Often'),
      ],
    }),
    question({
      id: 'project_clarity',
      theme: 'project',
      kind: 'single_choice',
      text: {
        fr: 'Votre projet professionnel est-il clair ?',
        en: 'How clear is your career project?',
      },
      options: [
        choice('clear', 'Oui, il est clair', 'Clear'),
        choice('some_ideas', 'J’ai quelques pistes', 'I have some ideas'),
        choice('no_idea', 'Pas encore', 'Not yet'),
      ],
    }),
    question({
      id: 'project_kind',
      theme: 'project',
      kind: 'single_choice',
      text: {
        fr: 'Qu’envisagez-vous aujourd’hui ?',
        en: 'What do you have in mind today?',
      },
      options: [
        choice('same_occupation', 'Retrouver un emploi dans mon métier', 'A job in my occupation'),
        choice('new_occupation', 'Changer de métier, me former', 'A new occupation, with training'),
        choice('create_business', 'Créer ou reprendre une entreprise', 'Starting or taking over a business'),
        choice('retire', 'Préparer ma retraite', 'Preparing my retirement'),
        choice('undecided', 'Je ne sais pas encore', 'I do not know yet'),
      ],
    }),
    question({
      id: 'open_to_training',
      theme: 'project',
      kind: 'single_choice',
      text: {
        fr: 'Seriez-vous prêt(e) à suivre une formation de plusieurs mois ?',
        en: 'Would you take a training course lasting several months?',
      },
      options: [choice('yes', 'Oui', 'Yes'), choice('no', 'Non', 'No')],
    }),
    question({
      id: 'years_to_retirement',
      theme: 'project',
      kind: 'integer',
      text: {
        fr: 'Dans combien d’années pourrez-vous partir à la retraite (à taux plein) ?',
        en: 'In how many years can you retire (on a full pension)?',
      },
      min: 0,
      max: 50,
    }),
    question({
      id: 'mobility_radius_km',
      theme: 'mobility',
      kind: 'integer',
      text: {
        fr: 'Jusqu’à quelle distance de chez vous accepteriez-vous de travailler (en km) ?',
        en: 'How far from home would you accept to work (in km)?',
      },
      min: 0,
      max: 1000,
    }),
    question({
      id: 'relocation',
      theme: 'mobility',
      kind: 'single_choice',
      text: { fr: 'Envisagez-vous de déménager ?', en: 'Would you consider moving house?' },
      options: [choice('yes', 'Oui', 'Yes'), choice('no', 'Non', 'No')],
    }),
    question({
      id: 'constraints',
      theme: 'constraints',
      kind: 'multiple_choice',
      required: false,
      text: {
        fr: 'Avez-vous des contraintes à prendre en compte ?',
        en: 'Do you have constraints we should take into account?',
      },
      options: [
        choice('care_duties', 'Personnes à charge (enfants, proches)', 'Care duties (children, relatives)'),
        choice('health', 'Santé ou handicap', 'Health or disability'),
        choice('no_driving_licence', 'Pas de permis de conduire', 'No driving licence'),
        choice('no_vehicle', 'Pas de véhicule', 'No vehicle'),
        choice('part_time_only', 'Temps partiel uniquement', 'Part-time only'),
      ],
    }),
    question({
      id: 'languages',
      theme: 'languages',
      kind: 'language_list',
      text: {
        fr: 'Quelles langues parlez-vous au travail ? (codes ISO, ex. fr, en)',
        en: 'Which languages do you speak at work? (ISO codes, e.g. fr, en)',
      },
    }),
  ],
};

export const QUESTIONNAIRES: readonly Questionnaire[] = [QUESTIONNAIRE_2026_1];
export const CURRENT_QUESTIONNAIRE = QUESTIONNAIRE_2026_1;

export function questionnaireOf(version: string): Questionnaire | null {
  return QUESTIONNAIRES.find((candidate) => candidate.version === version) ?? null;
}
