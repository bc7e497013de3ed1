import type { Urgency } from './digest-schedule';
import type { Language } from './recipient';
import { composeMessage, type RenderContext, type RenderedMessage } from './message-text';

/** The coach recorded the debrief: the person's results are there to read. No score in the mail. */
export function resultsReleasedMessage(context: RenderContext): RenderedMessage {
  const fr = context.language === 'fr';
  return composeMessage(context, fr ? 'Vos résultats sont disponibles' : 'Your results are ready', [
    {
      paragraph: fr
        ? 'Suite à votre entretien de restitution, vos résultats sont disponibles dans Passerelle, avec votre rapport à télécharger.'
        : 'Following your debrief, your results are in Passerelle, with your report to download.',
    },
    {
      action: {
        label: fr ? 'Voir mes résultats' : 'See my results',
        url: `${context.consoleUrl}/assessments`,
      },
    },
  ]);
}

/** New job leads, at most once a day: how many, and where to see them (offers stay in matching). */
export function jobLeadsDigestMessage(context: RenderContext, leads: { count: number }): RenderedMessage {
  const fr = context.language === 'fr';
  const n = leads.count;
  const subject = fr
    ? n === 1
      ? 'Une nouvelle offre pour vous'
      : `${n} nouvelles offres pour vous`
    : n === 1
      ? 'A new job lead for you'
      : `${n} new job leads for you`;
  return composeMessage(context, subject, [
    {
      paragraph: fr
        ? n === 1
          ? 'Une nouvelle offre d’emploi correspond à votre profil.'
          : `${n} nouvelles offres d’emploi correspondent à votre profil.`
        : n === 1
          ? 'A new job offer fits your profile.'
          : `${n} new job offers fit your profile.`,
    },
    { action: { label: fr ? 'Voir les offres' : 'See the offers', url: `${context.consoleUrl}/offers` } },
  ]);
}

const URGENCY: Record<Language, Record<Urgency, string>> = {
  fr: { immediate: 'à contacter tout de suite', high: 'prioritaire', normal: 'à surveiller' },
  en: { immediate: 'contact now', high: 'high priority', normal: 'keep an eye on' },
};

/**
 * To a coach, at once: someone they follow gave a distress answer. The mail carries no name and
 * no answer (diagnostics are confidential): only the link to the person's page in the console.
 */
export function distressAlertMessage(
  context: RenderContext,
  person: { candidateId: string },
): RenderedMessage {
  const fr = context.language === 'fr';
  return composeMessage(
    context,
    fr ? 'Une personne a besoin d’un contact rapide' : 'Someone needs prompt contact',
    [
      {
        paragraph: fr
          ? 'Le diagnostic d’une personne que vous accompagnez signale une détresse. Merci de la contacter rapidement.'
          : 'The diagnostic of someone you support signals distress. Please contact them promptly.',
      },
      {
        action: {
          label: fr ? 'Ouvrir sa fiche' : 'Open their page',
          url: `${context.consoleUrl}/candidates/${encodeURIComponent(person.candidateId)}`,
        },
      },
    ],
  );
}

/** To a coach, once a day: the people who look stuck, most urgent first (lines already ordered). */
export function atRiskDigestMessage(
  context: RenderContext,
  lines: readonly { candidateId: string; urgency: Urgency }[],
): RenderedMessage {
  const fr = context.language === 'fr';
  const n = lines.length;
  return composeMessage(
    context,
    fr
      ? `${n} personne${n > 1 ? 's' : ''} à suivre de près`
      : `${n} ${n > 1 ? 'people' : 'person'} to follow closely`,
    [
      {
        paragraph: fr
          ? 'Ces personnes de votre portefeuille semblent en difficulté, les plus urgentes d’abord :'
          : 'These people in your caseload seem to be struggling, most urgent first:',
      },
      {
        list: lines.map(
          (line) =>
            `${URGENCY[context.language][line.urgency]}: ${context.consoleUrl}/candidates/${encodeURIComponent(line.candidateId)}`,
        ),
      },
    ],
  );
}

/** To ops of an office: people waiting for a coach beyond the threshold. */
export function assignmentQueueAlertMessage(
  context: RenderContext,
  alert: { waiting: number; longestWaitDays: number; thresholdDays: number },
): RenderedMessage {
  const fr = context.language === 'fr';
  const n = alert.waiting;
  return composeMessage(
    context,
    fr
      ? `${n} personne${n > 1 ? 's' : ''} en attente d’un coach`
      : `${n} ${n > 1 ? 'people' : 'person'} waiting for a coach`,
    [
      {
        paragraph: fr
          ? `${n} personne${n > 1 ? 's attendent' : ' attend'} un coach depuis plus de ${alert.thresholdDays} jours (la plus ancienne depuis ${alert.longestWaitDays} jours).`
          : `${n} ${n > 1 ? 'people have' : 'person has'} waited for a coach for more than ${alert.thresholdDays} days (the longest for ${alert.longestWaitDays} days).`,
      },
      {
        action: {
          label: fr ? 'Voir la file d’attente' : 'See the queue',
          url: `${context.consoleUrl}/assignment-queue`,
        },
      },
    ],
  );
}
