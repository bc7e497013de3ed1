import type { Language } from './recipient';
import { composeMessage, type RenderContext, type RenderedMessage } from './message-text';

const DAY_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** A calendar day (`YYYY-MM-DD`) as people read it: "jeudi 19 novembre 2026" / "Thursday, 19 November 2026". */
export function formatDay(day: string, language: Language): string {
  return DAY_FORMATS[language].format(new Date(`${day}T00:00:00.000Z`));
}

/**
 * To the person, when an application they sent has had no answer for the delay they chose
 * (career's ApplicationFollowUpDue). The event names no employer or offer (no personal data in
 * events): the message says when it was sent and links to their applications.
 */
export function applicationFollowUpMessage(
  context: RenderContext,
  application: { sentOn: string },
): RenderedMessage {
  const fr = context.language === 'fr';
  const sentOn = formatDay(application.sentOn, context.language);
  return composeMessage(
    context,
    fr
      ? 'Une candidature sans réponse : pensez à relancer'
      : 'An application with no answer yet: time to follow up',
    [
      {
        paragraph: fr
          ? `Vous avez envoyé une candidature le ${sentOn} et aucune réponse n’est encore notée. Une relance courte et polie, par email ou par téléphone, montre votre intérêt.`
          : `You sent an application on ${sentOn} and no answer has been noted yet. A short, polite follow-up, by email or phone, shows your interest.`,
      },
      {
        paragraph: fr
          ? 'Si vous avez eu une réponse, vous pouvez la noter dans vos candidatures.'
          : 'If you have had an answer, you can note it in your applications.',
      },
      {
        action: {
          label: fr ? 'Voir mes candidatures' : 'See my applications',
          url: `${context.consoleUrl}/applications`,
        },
      },
    ],
  );
}
