import { explainOfferMatch } from './offer-explanation';

describe('explainOfferMatch', () => {
  const base = {
    title: 'Magasinier cariste',
    contractType: 'permanent' as const,
    departmentCode: '69',
    occupationLabel: 'Magasinier / Magasinière',
    recommendationRank: 2,
    proximity: 'close' as const,
    sharedSkillLabels: ['Gérer les stocks', 'Préparer des colis'],
    missingSkillLabels: ['Conduire un chariot élévateur'],
    interested: false,
  };

  it.each([
    [
      base,
      '« Magasinier cariste » (CDI, département 69). Métier : Magasinier / Magasinière, un métier proche, piste n° 2 de vos recommandations. Vous avez 2 des 3 compétences demandées : Gérer les stocks ; Préparer des colis. À préparer : Conduire un chariot élévateur.',
    ],
    [
      {
        ...base,
        contractType: 'temporary' as const,
        sharedSkillLabels: [],
        missingSkillLabels: ['A'],
        interested: true,
        recommendationRank: null,
        proximity: null,
      },
      "« Magasinier cariste » (intérim, département 69). Aucune des 1 compétences demandées n'apparaît encore dans votre profil. À préparer : A. Vous avez marqué cette offre comme intéressante.",
    ],
  ])('case %#', (input, expected) => expect(explainOfferMatch(input)).toBe(expected));
});
