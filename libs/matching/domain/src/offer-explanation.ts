import type { ContractType } from './job-offer';
import type { Proximity } from './occupation-ranking';

const CONTRACT_WORDS: Record<ContractType, string> = {
  permanent: 'CDI',
  fixed_term: 'CDD',
  temporary: 'intérim',
  apprenticeship: 'apprentissage',
  freelance: 'indépendant',
};

const PROXIMITY_WORDS: Record<Proximity, string> = {
  same: 'votre métier',
  close: 'un métier proche',
  off_track: 'une piste hors de votre domaine',
};

export interface OfferExplanationInput {
  title: string;
  contractType: ContractType;
  departmentCode: string;
  occupationLabel: string;
  /** The occupation's rank among the person's recommendations, and its class. */
  recommendationRank: number | null;
  proximity: Proximity | null;
  /** The occupation is a target of the person's validated professional project. */
  fromProject?: boolean;
  sharedSkillLabels: readonly string[];
  missingSkillLabels: readonly string[];
  interested: boolean;
}

/** Why an offer is in a person's list, in a few words a coach can read aloud. */
export function explainOfferMatch(input: OfferExplanationInput): string {
  const parts = [
    `« ${input.title} » (${CONTRACT_WORDS[input.contractType]}, département ${input.departmentCode}).`,
  ];
  if (input.fromProject) {
    parts.push(`Métier : ${input.occupationLabel}, un métier visé par votre projet professionnel.`);
  } else if (input.recommendationRank !== null && input.proximity) {
    parts.push(
      `Métier : ${input.occupationLabel}, ${PROXIMITY_WORDS[input.proximity]}, piste n° ${input.recommendationRank} de vos recommandations.`,
    );
  }
  const total = input.sharedSkillLabels.length + input.missingSkillLabels.length;
  if (input.sharedSkillLabels.length > 0) {
    parts.push(
      `Vous avez ${input.sharedSkillLabels.length} des ${total} compétences demandées : ${input.sharedSkillLabels.slice(0, 3).join(' ; ')}.`,
    );
  } else if (total > 0) {
    parts.push(`Aucune des ${total} compétences demandées n'apparaît encore dans votre profil.`);
  }
  if (input.missingSkillLabels.length > 0) {
    parts.push(`À préparer : ${input.missingSkillLabels.slice(0, 3).join(' ; ')}.`);
  }
  if (input.interested) parts.push('Vous avez marqué cette offre comme intéressante.');
  return parts.join(' ');
}
