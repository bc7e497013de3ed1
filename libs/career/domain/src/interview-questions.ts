/**
 * The interview practice question bank, as data: written by the Passerelle project for the people
 * it accompanies (not copied from any book, site or tool), in French and in English, each question
 * tagged with the skills keywords an offer's skills are matched against. Decision 0032 says how it
 * is written, licensed and chosen from.
 *
 * Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), © the Passerelle project.
 * Reuse it freely, naming "Passerelle, banque de questions d'entretien".
 *
 * A question's id is never reused for another question: a practice answer keeps the id of the
 * question it answers. Changing the bank (a question added, reworded or retired) bumps the version.
 */

export const INTERVIEW_QUESTION_BANK_VERSION = '2026.12-1';
export const INTERVIEW_QUESTION_BANK_LICENCE =
  'CC BY 4.0, © Passerelle (banque de questions d’entretien écrite par le projet)';

/** ROME 4.0's 14 grand domains: the first letter of an occupation's code. */
export const GRAND_DOMAINS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N'] as const;
export type GrandDomain = (typeof GRAND_DOMAINS)[number];

/** ROME's names of the grand domains (France Travail, ROME 4.0 v60, Licence Ouverte 2.0), and ours in English. */
export const GRAND_DOMAIN_NAMES: Record<GrandDomain, { fr: string; en: string }> = {
  A: {
    fr: 'Agriculture et Pêche, Espaces naturels et Espaces verts, Soins aux animaux',
    en: 'Agriculture and fishing, natural and green spaces, animal care',
  },
  B: { fr: 'Arts et Façonnage d’ouvrages d’art', en: 'Arts and crafts' },
  C: { fr: 'Banque, Assurance, Immobilier', en: 'Banking, insurance, real estate' },
  D: { fr: 'Commerce, Vente et Grande distribution', en: 'Retail, sales and large-scale distribution' },
  E: { fr: 'Communication, Média et Multimédia', en: 'Communication, media and multimedia' },
  F: { fr: 'Construction, Bâtiment et Travaux publics', en: 'Construction, building and public works' },
  G: {
    fr: 'Hôtellerie-Restauration, Tourisme, Loisirs et Animation',
    en: 'Hotels and catering, tourism, leisure and activities',
  },
  H: { fr: 'Industrie', en: 'Industry' },
  I: { fr: 'Installation et Maintenance', en: 'Installation and maintenance' },
  J: { fr: 'Santé', en: 'Health' },
  K: { fr: 'Services à la personne et à la collectivité', en: 'Personal and community services' },
  L: { fr: 'Spectacle', en: 'Performing arts' },
  M: { fr: 'Support à l’entreprise', en: 'Business support' },
  N: { fr: 'Transport et Logistique', en: 'Transport and logistics' },
};

export const QUESTION_KINDS = ['general', 'behavioural', 'occupation'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** What a general question is about: a session asks at most one question per topic. */
export const GENERAL_TOPICS = ['transition', 'motivation', 'strengths', 'availability', 'pay'] as const;
export type GeneralTopic = (typeof GENERAL_TOPICS)[number];

export interface InterviewQuestion {
  /** Stable: `gen-<topic>-<n>`, `beh-<n>`, `occ-<domain>-<n>`. */
  id: string;
  kind: QuestionKind;
  /** General questions only. */
  topic?: GeneralTopic;
  /** Occupation questions only. */
  grandDomain?: GrandDomain;
  /** Lower-case French stems matched against the start of the words of an offer's skills. */
  skills: readonly string[];
  fr: string;
  en: string;
}

const general: InterviewQuestion[] = [
  {
    id: 'gen-transition-1',
    kind: 'general',
    topic: 'transition',
    skills: [],
    fr: 'Votre poste a été supprimé lors d’une réorganisation. Comment présentez-vous ce départ et ce que vous en avez tiré ?',
    en: 'Your job was cut in a reorganisation. How do you present this departure and what you took from it?',
  },
  {
    id: 'gen-transition-2',
    kind: 'general',
    topic: 'transition',
    skills: [],
    fr: 'Pourquoi changez-vous de métier ou de secteur aujourd’hui, et qu’est-ce qui vous y prépare ?',
    en: 'Why are you changing occupation or sector now, and what prepares you for it?',
  },
  {
    id: 'gen-transition-3',
    kind: 'general',
    topic: 'transition',
    skills: [],
    fr: 'Que faites-vous depuis la fin de votre dernier poste ?',
    en: 'What have you been doing since your last job ended?',
  },
  {
    id: 'gen-motivation-1',
    kind: 'general',
    topic: 'motivation',
    skills: [],
    fr: 'Présentez-vous en deux minutes : votre parcours et ce que vous cherchez.',
    en: 'Introduce yourself in two minutes: your background and what you are looking for.',
  },
  {
    id: 'gen-motivation-2',
    kind: 'general',
    topic: 'motivation',
    skills: [],
    fr: 'Qu’est-ce qui vous attire dans ce poste et dans notre entreprise ?',
    en: 'What draws you to this job and to our company?',
  },
  {
    id: 'gen-motivation-3',
    kind: 'general',
    topic: 'motivation',
    skills: [],
    fr: 'Où souhaitez-vous en être dans trois ans ?',
    en: 'Where would you like to be in three years?',
  },
  {
    id: 'gen-strengths-1',
    kind: 'general',
    topic: 'strengths',
    skills: [],
    fr: 'Quelles sont vos deux principales qualités au travail ? Donnez un exemple pour chacune.',
    en: 'What are your two main strengths at work? Give an example of each.',
  },
  {
    id: 'gen-strengths-2',
    kind: 'general',
    topic: 'strengths',
    skills: [],
    fr: 'Quel point cherchez-vous à améliorer, et que faites-vous pour cela ?',
    en: 'What do you want to get better at, and what are you doing about it?',
  },
  {
    id: 'gen-strengths-3',
    kind: 'general',
    topic: 'strengths',
    skills: [],
    fr: 'Qu’est-ce que vos anciens collègues diraient de vous ?',
    en: 'What would your former colleagues say about you?',
  },
  {
    id: 'gen-availability-1',
    kind: 'general',
    topic: 'availability',
    skills: [],
    fr: 'Quand pourriez-vous commencer, et avez-vous des contraintes d’horaires ou de déplacement ?',
    en: 'When could you start, and do you have constraints on hours or travel?',
  },
  {
    id: 'gen-availability-2',
    kind: 'general',
    topic: 'availability',
    skills: [],
    fr: 'Suivez-vous ou prévoyez-vous une formation qui pèserait sur votre disponibilité ?',
    en: 'Are you taking or planning any training that would affect when you are available?',
  },
  {
    id: 'gen-pay-1',
    kind: 'general',
    topic: 'pay',
    skills: [],
    fr: 'Quelles sont vos attentes de rémunération pour ce poste ?',
    en: 'What pay do you expect for this job?',
  },
  {
    id: 'gen-pay-2',
    kind: 'general',
    topic: 'pay',
    skills: [],
    fr: 'Votre salaire précédent était plus élevé que ce que nous proposons. Comment le voyez-vous ?',
    en: 'Your previous salary was higher than what we offer. How do you see that?',
  },
];

const behavioural: InterviewQuestion[] = [
  {
    id: 'beh-1',
    kind: 'behavioural',
    skills: ['client', 'relation', 'accueil', 'conflit', 'reclamation'],
    fr: 'Racontez une situation où vous avez dû gérer une personne mécontente. Comment s’est-elle terminée ?',
    en: 'Tell us about a time you had to deal with an unhappy person. How did it end?',
  },
  {
    id: 'beh-2',
    kind: 'behavioural',
    skills: ['equipe', 'collabor', 'coordon'],
    fr: 'Décrivez un désaccord avec un collègue et la façon dont vous l’avez réglé.',
    en: 'Describe a disagreement with a colleague and how you settled it.',
  },
  {
    id: 'beh-3',
    kind: 'behavioural',
    skills: ['organis', 'planifi', 'priorit', 'delai'],
    fr: 'Parlez-nous d’une période où vous aviez trop à faire en trop peu de temps. Comment avez-vous choisi vos priorités ?',
    en: 'Tell us about a time you had too much to do in too little time. How did you set your priorities?',
  },
  {
    id: 'beh-4',
    kind: 'behavioural',
    skills: ['amelior', 'qualite', 'process', 'optimis'],
    fr: 'Donnez un exemple d’amélioration que vous avez proposée et mise en place.',
    en: 'Give an example of an improvement you suggested and put in place.',
  },
  {
    id: 'beh-5',
    kind: 'behavioural',
    skills: ['erreur', 'controle', 'qualite', 'securite'],
    fr: 'Racontez une erreur que vous avez commise au travail, ce que vous avez fait ensuite et ce que vous en avez appris.',
    en: 'Tell us about a mistake you made at work, what you did next and what you learned.',
  },
  {
    id: 'beh-6',
    kind: 'behavioural',
    skills: ['apprend', 'form', 'adapt', 'outil', 'logiciel'],
    fr: 'Décrivez une fois où vous avez dû apprendre vite un outil ou une méthode nouvelle.',
    en: 'Describe a time you had to learn a new tool or method quickly.',
  },
  {
    id: 'beh-7',
    kind: 'behavioural',
    skills: ['encadr', 'anim', 'equipe', 'tutor', 'manag'],
    fr: 'Racontez une situation où vous avez guidé ou formé quelqu’un. Qu’avez-vous fait concrètement ?',
    en: 'Tell us about a time you guided or trained someone. What exactly did you do?',
  },
  {
    id: 'beh-8',
    kind: 'behavioural',
    skills: ['changement', 'adapt', 'imprevu', 'urgence'],
    fr: 'Parlez-nous d’un imprévu important dans votre travail et de la façon dont vous y avez fait face.',
    en: 'Tell us about a major unexpected event at work and how you handled it.',
  },
];

/** Three questions per grand domain, each about the daily substance of that family of occupations. */
const occupation: InterviewQuestion[] = [
  {
    id: 'occ-a-1',
    kind: 'occupation',
    grandDomain: 'A',
    skills: ['vegetal', 'plant', 'culture', 'entretien', 'espace'],
    fr: 'Comment organisez-vous l’entretien d’un espace vert ou d’une parcelle au fil des saisons ?',
    en: 'How do you organise the upkeep of a green space or a plot through the seasons?',
  },
  {
    id: 'occ-a-2',
    kind: 'occupation',
    grandDomain: 'A',
    skills: ['animal', 'soin', 'elevage', 'hygiene'],
    fr: 'Racontez comment vous avez repéré qu’un animal n’allait pas bien, et ce que vous avez fait.',
    en: 'Tell us how you noticed an animal was unwell, and what you did.',
  },
  {
    id: 'occ-a-3',
    kind: 'occupation',
    grandDomain: 'A',
    skills: ['machine', 'engin', 'securite', 'produit', 'phytosanitaire'],
    fr: 'Quelles précautions prenez-vous avant d’utiliser une machine ou un produit de traitement ?',
    en: 'What precautions do you take before using a machine or a treatment product?',
  },
  {
    id: 'occ-b-1',
    kind: 'occupation',
    grandDomain: 'B',
    skills: ['realis', 'fabric', 'finition', 'matiere'],
    fr: 'Présentez une pièce ou un ouvrage que vous avez réalisé, du choix des matériaux à la finition.',
    en: 'Present a piece or work you made, from choosing the materials to the finish.',
  },
  {
    id: 'occ-b-2',
    kind: 'occupation',
    grandDomain: 'B',
    skills: ['client', 'commande', 'devis', 'conseil'],
    fr: 'Comment traduisez-vous la demande d’un client en une commande que vous pouvez réaliser et chiffrer ?',
    en: 'How do you turn a client’s wish into an order you can make and price?',
  },
  {
    id: 'occ-b-3',
    kind: 'occupation',
    grandDomain: 'B',
    skills: ['restaur', 'technique', 'outil', 'precision'],
    fr: 'Quelle technique de votre métier maîtrisez-vous le mieux, et comment l’avez-vous apprise ?',
    en: 'Which technique of your craft have you mastered best, and how did you learn it?',
  },
  {
    id: 'occ-c-1',
    kind: 'occupation',
    grandDomain: 'C',
    skills: ['client', 'conseil', 'besoin', 'portefeuille'],
    fr: 'Comment analysez-vous la situation d’un client avant de lui proposer un produit ou un contrat ?',
    en: 'How do you assess a client’s situation before offering them a product or a contract?',
  },
  {
    id: 'occ-c-2',
    kind: 'occupation',
    grandDomain: 'C',
    skills: ['reglement', 'conformite', 'risque', 'fraude', 'controle'],
    fr: 'Racontez une situation où une règle de conformité vous a obligé à refuser ou retarder une opération.',
    en: 'Tell us about a time a compliance rule made you refuse or delay a transaction.',
  },
  {
    id: 'occ-c-3',
    kind: 'occupation',
    grandDomain: 'C',
    skills: ['dossier', 'sinistre', 'gestion', 'bien', 'location', 'transaction'],
    fr: 'Comment suivez-vous un dossier (sinistre, prêt, vente ou location) du premier contact à la clôture ?',
    en: 'How do you follow a file (claim, loan, sale or letting) from first contact to closing?',
  },
  {
    id: 'occ-d-1',
    kind: 'occupation',
    grandDomain: 'D',
    skills: ['vente', 'vendre', 'client', 'conseil', 'accueil'],
    fr: 'Un client hésite entre deux produits. Montrez-nous comment vous l’aidez à choisir.',
    en: 'A customer is torn between two products. Show us how you help them choose.',
  },
  {
    id: 'occ-d-2',
    kind: 'occupation',
    grandDomain: 'D',
    skills: ['rayon', 'stock', 'approvision', 'merchandis', 'inventaire'],
    fr: 'Comment tenez-vous un rayon ou un stock pour éviter les ruptures et les pertes ?',
    en: 'How do you keep a shelf or a stock to avoid running out and losses?',
  },
  {
    id: 'occ-d-3',
    kind: 'occupation',
    grandDomain: 'D',
    skills: ['objectif', 'chiffre', 'prospect', 'negoci', 'commercial'],
    fr: 'Parlez-nous d’un objectif de vente que vous avez atteint ou manqué, et de ce que vous avez fait.',
    en: 'Tell us about a sales target you met or missed, and what you did.',
  },
  {
    id: 'occ-e-1',
    kind: 'occupation',
    grandDomain: 'E',
    skills: ['redac', 'contenu', 'ecrit', 'message'],
    fr: 'Présentez un contenu que vous avez produit : le public visé, le message et le résultat.',
    en: 'Present a piece of content you produced: the audience, the message and the result.',
  },
  {
    id: 'occ-e-2',
    kind: 'occupation',
    grandDomain: 'E',
    skills: ['numerique', 'reseau', 'web', 'logiciel', 'graphi'],
    fr: 'Quels outils numériques utilisez-vous pour créer et diffuser, et comment vous tenez-vous à jour ?',
    en: 'Which digital tools do you use to create and publish, and how do you keep up to date?',
  },
  {
    id: 'occ-e-3',
    kind: 'occupation',
    grandDomain: 'E',
    skills: ['projet', 'delai', 'client', 'brief', 'commanditaire'],
    fr: 'Comment gérez-vous les retours d’un commanditaire qui change d’avis en cours de projet ?',
    en: 'How do you handle feedback from a client who changes their mind mid-project?',
  },
  {
    id: 'occ-f-1',
    kind: 'occupation',
    grandDomain: 'F',
    skills: ['securite', 'chantier', 'prevention', 'protection'],
    fr: 'Quelles règles de sécurité appliquez-vous en arrivant sur un chantier ? Donnez un exemple où elles ont compté.',
    en: 'Which safety rules do you apply when you arrive on a site? Give an example where they mattered.',
  },
  {
    id: 'occ-f-2',
    kind: 'occupation',
    grandDomain: 'F',
    skills: ['plan', 'lire', 'mesur', 'implant', 'trac'],
    fr: 'Comment lisez-vous un plan pour préparer votre travail de la journée ?',
    en: 'How do you read a drawing to prepare the day’s work?',
  },
  {
    id: 'occ-f-3',
    kind: 'occupation',
    grandDomain: 'F',
    skills: ['equipe', 'coordon', 'corps', 'planning', 'materiau'],
    fr: 'Racontez un retard de chantier (matériaux, météo, autre corps de métier) et ce que vous avez fait.',
    en: 'Tell us about a delay on a site (materials, weather, another trade) and what you did.',
  },
  {
    id: 'occ-g-1',
    kind: 'occupation',
    grandDomain: 'G',
    skills: ['accueil', 'client', 'service', 'reservation'],
    fr: 'Comment accueillez-vous un client pendant un coup de feu, quand tout le monde attend ?',
    en: 'How do you welcome a guest during a rush, when everyone is waiting?',
  },
  {
    id: 'occ-g-2',
    kind: 'occupation',
    grandDomain: 'G',
    skills: ['hygiene', 'haccp', 'cuisine', 'prepar', 'securite'],
    fr: 'Quelles règles d’hygiène suivez-vous, et que faites-vous si vous voyez un collègue ne pas les suivre ?',
    en: 'Which hygiene rules do you follow, and what do you do if you see a colleague not following them?',
  },
  {
    id: 'occ-g-3',
    kind: 'occupation',
    grandDomain: 'G',
    skills: ['anim', 'activite', 'groupe', 'loisir', 'touris'],
    fr: 'Décrivez une activité que vous avez préparée et animée pour un groupe.',
    en: 'Describe an activity you prepared and ran for a group.',
  },
  {
    id: 'occ-h-1',
    kind: 'occupation',
    grandDomain: 'H',
    skills: ['production', 'cadence', 'fabric', 'ligne', 'conduite'],
    fr: 'Comment tenez-vous une cadence de production sans perdre en qualité ?',
    en: 'How do you keep up a production rate without losing quality?',
  },
  {
    id: 'occ-h-2',
    kind: 'occupation',
    grandDomain: 'H',
    skills: ['qualite', 'controle', 'non conformite', 'mesur', 'norme'],
    fr: 'Racontez une non-conformité que vous avez détectée : comment l’avez-vous traitée ?',
    en: 'Tell us about a non-conformity you spotted: how did you deal with it?',
  },
  {
    id: 'occ-h-3',
    kind: 'occupation',
    grandDomain: 'H',
    skills: ['securite', 'machine', 'reglage', 'procedure', 'consigne'],
    fr: 'Quelles consignes suivez-vous avant de régler ou de démarrer une machine ?',
    en: 'Which instructions do you follow before adjusting or starting a machine?',
  },
  {
    id: 'occ-i-1',
    kind: 'occupation',
    grandDomain: 'I',
    skills: ['diagnost', 'panne', 'depann', 'reparation'],
    fr: 'Décrivez une panne difficile : comment avez-vous trouvé la cause, étape par étape ?',
    en: 'Describe a hard fault: how did you find the cause, step by step?',
  },
  {
    id: 'occ-i-2',
    kind: 'occupation',
    grandDomain: 'I',
    skills: ['maintenance', 'preventi', 'entretien', 'intervention'],
    fr: 'Comment organisez-vous la maintenance préventive pour éviter les arrêts ?',
    en: 'How do you organise preventive maintenance to avoid breakdowns?',
  },
  {
    id: 'occ-i-3',
    kind: 'occupation',
    grandDomain: 'I',
    skills: ['client', 'installation', 'intervention', 'habilitation', 'electri'],
    fr: 'Vous intervenez chez un client : comment expliquez-vous ce que vous avez fait et ce qui reste à faire ?',
    en: 'You are working at a client’s: how do you explain what you did and what remains to be done?',
  },
  {
    id: 'occ-j-1',
    kind: 'occupation',
    grandDomain: 'J',
    skills: ['patient', 'soin', 'ecoute', 'accompagn'],
    fr: 'Racontez une situation où un patient était inquiet ou agité. Qu’avez-vous fait ?',
    en: 'Tell us about a time a patient was worried or agitated. What did you do?',
  },
  {
    id: 'occ-j-2',
    kind: 'occupation',
    grandDomain: 'J',
    skills: ['hygiene', 'protocole', 'asepsie', 'securite', 'trac'],
    fr: 'Comment appliquez-vous un protocole d’hygiène ou de soins quand le service est débordé ?',
    en: 'How do you follow a hygiene or care protocol when the ward is overstretched?',
  },
  {
    id: 'occ-j-3',
    kind: 'occupation',
    grandDomain: 'J',
    skills: ['transmission', 'equipe', 'dossier', 'coordon'],
    fr: 'Comment faites-vous vos transmissions à l’équipe suivante pour que rien ne se perde ?',
    en: 'How do you hand over to the next team so that nothing gets lost?',
  },
  {
    id: 'occ-k-1',
    kind: 'occupation',
    grandDomain: 'K',
    skills: ['accompagn', 'personne', 'autonomie', 'aide', 'domicile'],
    fr: 'Comment respectez-vous l’autonomie d’une personne que vous aidez au quotidien ?',
    en: 'How do you respect the independence of a person you help day to day?',
  },
  {
    id: 'occ-k-2',
    kind: 'occupation',
    grandDomain: 'K',
    skills: ['nettoy', 'proprete', 'produit', 'entretien', 'securite'],
    fr: 'Comment organisez-vous un chantier de nettoyage ou d’entretien pour qu’il soit fait bien et à l’heure ?',
    en: 'How do you organise a cleaning or upkeep job so that it is done well and on time?',
  },
  {
    id: 'occ-k-3',
    kind: 'occupation',
    grandDomain: 'K',
    skills: ['public', 'accueil', 'usager', 'administrati', 'reglement'],
    fr: 'Un usager ne comprend pas une règle qui s’applique à lui. Comment la lui expliquez-vous ?',
    en: 'A member of the public does not understand a rule that applies to them. How do you explain it?',
  },
  {
    id: 'occ-l-1',
    kind: 'occupation',
    grandDomain: 'L',
    skills: ['spectacle', 'scene', 'regie', 'montage', 'technique'],
    fr: 'Racontez un incident technique juste avant ou pendant une représentation et ce que vous avez fait.',
    en: 'Tell us about a technical incident just before or during a show and what you did.',
  },
  {
    id: 'occ-l-2',
    kind: 'occupation',
    grandDomain: 'L',
    skills: ['equipe', 'artist', 'production', 'coordon', 'planning'],
    fr: 'Comment travaillez-vous avec les artistes et la production quand les horaires changent ?',
    en: 'How do you work with the artists and the production when schedules change?',
  },
  {
    id: 'occ-l-3',
    kind: 'occupation',
    grandDomain: 'L',
    skills: ['securite', 'levage', 'electri', 'son', 'lumiere'],
    fr: 'Quelles règles de sécurité sont pour vous non négociables sur un plateau ?',
    en: 'Which safety rules are non-negotiable for you on a stage?',
  },
  {
    id: 'occ-m-1',
    kind: 'occupation',
    grandDomain: 'M',
    skills: ['gestion', 'administrati', 'dossier', 'classement', 'organis'],
    fr: 'Comment organisez-vous le suivi de nombreux dossiers administratifs sans en oublier ?',
    en: 'How do you keep track of many administrative files without missing any?',
  },
  {
    id: 'occ-m-2',
    kind: 'occupation',
    grandDomain: 'M',
    skills: ['comptab', 'chiffre', 'budget', 'analys', 'tableau'],
    fr: 'Présentez un tableau de suivi ou une analyse chiffrée que vous avez préparée, et la décision qu’il a éclairée.',
    en: 'Present a tracking sheet or a figures analysis you prepared, and the decision it informed.',
  },
  {
    id: 'occ-m-3',
    kind: 'occupation',
    grandDomain: 'M',
    skills: ['informati', 'logiciel', 'systeme', 'donnee', 'utilisateur'],
    fr: 'Un utilisateur vous signale un problème urgent sur un outil. Comment le prenez-vous en charge ?',
    en: 'A user reports an urgent problem with a tool. How do you take it on?',
  },
  {
    id: 'occ-n-1',
    kind: 'occupation',
    grandDomain: 'N',
    skills: ['conduite', 'vehicule', 'securite', 'routier', 'livraison'],
    fr: 'Comment préparez-vous une tournée ou un trajet, et que faites-vous en cas d’imprévu sur la route ?',
    en: 'How do you prepare a round or a journey, and what do you do when something unexpected happens on the road?',
  },
  {
    id: 'occ-n-2',
    kind: 'occupation',
    grandDomain: 'N',
    skills: ['stock', 'entrepot', 'prepar', 'commande', 'inventaire', 'manutention'],
    fr: 'Comment préparez-vous des commandes vite et sans erreur dans un entrepôt ?',
    en: 'How do you pick orders quickly and without mistakes in a warehouse?',
  },
  {
    id: 'occ-n-3',
    kind: 'occupation',
    grandDomain: 'N',
    skills: ['flux', 'planning', 'transport', 'organis', 'expedition'],
    fr: 'Racontez une livraison ou une expédition qui risquait d’être en retard et comment vous l’avez sauvée.',
    en: 'Tell us about a delivery or shipment that was about to be late and how you saved it.',
  },
];

export const INTERVIEW_QUESTIONS: readonly InterviewQuestion[] = [...general, ...behavioural, ...occupation];

const BY_ID = new Map(INTERVIEW_QUESTIONS.map((question) => [question.id, question]));

export function interviewQuestion(id: string): InterviewQuestion | undefined {
  return BY_ID.get(id);
}
