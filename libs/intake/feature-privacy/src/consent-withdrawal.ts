/**
 * What withdrawing consent does (GDPR article 7(3)), in the words the privacy notice, the console
 * and every export show. Processing stops: no new diagnostic answers (intake, CONSENT_REQUIRED), no
 * assessment started, answered or submitted (assessment, CONSENT_REQUIRED). What was saved before
 * stays lawful and is kept for the programme (docs/intake-journey.md, "Consent").
 */
export const CONSENT_WITHDRAWAL_NOTICE =
  'Si vous retirez votre consentement, Passerelle cesse aussitôt de recueillir vos réponses : vous ne ' +
  'pouvez plus enregistrer de réponses au diagnostic ni commencer, remplir ou terminer un bilan. Ce ' +
  'qui est déjà enregistré n’est pas effacé : il reste conservé pendant la durée du programme puis ' +
  'le temps que la loi impose pour en rendre compte, visible par vous et par votre consultant, et ' +
  'jamais par votre ancien employeur, qui ne voit que des chiffres d’ensemble. Vous pouvez à tout ' +
  'moment redonner votre consentement, télécharger vos données ou demander leur effacement.';
