import type { SessionKind, SessionMode, WorkshopTopic } from '@passerelle/shared/contracts';
import { renderCalendarInvitation } from './calendar-invitation';
import type { Language } from './recipient';
import {
  composeMessage,
  formatInstant,
  type Block,
  type RenderContext,
  type RenderedMessage,
} from './message-text';

const KIND: Record<Language, Record<SessionKind, string>> = {
  fr: {
    welcome: 'Entretien d’accueil',
    diagnostic: 'Entretien de diagnostic',
    debrief: 'Restitution de vos résultats',
    follow_up: 'Entretien de suivi',
    group_workshop: 'Atelier collectif',
  },
  en: {
    welcome: 'Welcome meeting',
    diagnostic: 'Diagnostic meeting',
    debrief: 'Results debrief',
    follow_up: 'Follow-up meeting',
    group_workshop: 'Group workshop',
  },
};
const TOPIC: Record<Language, Record<WorkshopTopic, string>> = {
  fr: {
    cv_and_applications: 'CV et candidatures',
    interviews: 'Entretiens d’embauche',
    networking: 'Réseau et LinkedIn',
    job_market: 'Marché de l’emploi',
    business_creation: 'Création d’entreprise',
    training_and_funding: 'Formation et financement',
    wellbeing: 'Bien-être et confiance',
  },
  en: {
    cv_and_applications: 'CV and applications',
    interviews: 'Job interviews',
    networking: 'Networking and LinkedIn',
    job_market: 'The job market',
    business_creation: 'Starting a business',
    training_and_funding: 'Training and funding',
    wellbeing: 'Wellbeing and confidence',
  },
};
const MODE: Record<Language, Record<SessionMode, string>> = {
  fr: { in_person: 'sur place, à votre agence', video: 'en visio', phone: 'par téléphone' },
  en: { in_person: 'in person, at your office', video: 'by video', phone: 'by phone' },
};

/** A session as its events describe it. */
export interface SessionFacts {
  sessionId: string;
  kind: SessionKind;
  mode: SessionMode;
  startsAt: Date;
  endsAt: Date;
}

/** What the attached calendar file needs beyond the session. */
export interface CalendarFacts {
  sequence: number;
  organizer: { email: string; name: string };
  attendeeEmail: string;
  stampedAt: Date;
}

export type SessionChange =
  | { change: 'booked' }
  /** A seat freed in a full workshop, given to the first person on its waiting list. */
  | { change: 'booked'; fromWaitingList: true; topic: WorkshopTopic | null }
  | { change: 'rescheduled'; previousStartsAt: Date }
  | { change: 'cancelled' };

/**
 * A workshop named by its topic (a code: events carry no title), else by its kind, as a subject
 * starts (`atelier « Entretiens d’embauche »`) and within a sentence (`l’atelier « … »`).
 */
function workshopName(topic: WorkshopTopic | null, language: Language): { label: string; inText: string } {
  if (language === 'fr')
    return topic
      ? { label: `atelier « ${TOPIC.fr[topic]} »`, inText: `l’atelier « ${TOPIC.fr[topic]} »` }
      : { label: 'Atelier collectif', inText: 'l’atelier collectif' };
  return topic
    ? { label: `workshop “${TOPIC.en[topic]}”`, inText: `the workshop “${TOPIC.en[topic]}”` }
    : { label: 'Group workshop', inText: 'the group workshop' };
}

/** "Entretien de suivi" / "Follow-up meeting". */
export function sessionLabel(kind: SessionKind, language: Language): string {
  return KIND[language][kind];
}

/**
 * A session booked, moved or cancelled: what, when, how, and a calendar file (REQUEST, or CANCEL)
 * that adds, moves or removes it in the person's calendar. Essential: always by email.
 */
export function sessionChangeMessage(
  context: RenderContext,
  session: SessionFacts,
  change: SessionChange,
  calendar: CalendarFacts,
): RenderedMessage {
  const { language, timeZone } = context;
  const what = KIND[language][session.kind];
  const when = formatInstant(session.startsAt, language, timeZone);
  const how = MODE[language][session.mode];
  const fr = language === 'fr';
  let subject: string;
  let blocks: Block[];
  switch (change.change) {
    case 'booked':
      if ('fromWaitingList' in change) {
        const name = workshopName(change.topic, language);
        subject = fr
          ? `Une place s’est libérée pour vous : ${name.label}, ${when}`
          : `A seat was freed for you: ${name.label}, ${when}`;
        blocks = [
          {
            paragraph: fr
              ? `Une place s’est libérée pour vous dans ${name.inText} du ${when} (${how}). Vous étiez sur la liste d’attente : la place est à vous.`
              : `A seat was freed for you in ${name.inText} on ${when} (${how}). You were on the waiting list: the seat is yours.`,
          },
          {
            paragraph: fr
              ? 'Vous ne pouvez plus venir ? Libérez la place dans Passerelle pour la personne suivante.'
              : 'Can no longer come? Free the seat in Passerelle for the next person.',
          },
        ];
        break;
      }
      subject = fr ? `Rendez-vous confirmé : ${what}, ${when}` : `Appointment confirmed: ${what}, ${when}`;
      blocks = [
        {
          paragraph: fr
            ? `Votre rendez-vous est confirmé : ${what}, ${how}.`
            : `Your appointment is confirmed: ${what}, ${how}.`,
        },
        { list: [fr ? `Quand : ${when}` : `When: ${when}`] },
      ];
      break;
    case 'rescheduled': {
      if (change.previousStartsAt.getTime() === session.startsAt.getTime()) {
        // Same time: the coach or the room changed (a coach or room leaving, decision of ops or the person's yes).
        subject = fr ? `Rendez-vous modifié : ${what}, ${when}` : `Appointment changed: ${what}, ${when}`;
        blocks = [
          {
            paragraph: fr
              ? `Votre rendez-vous (${what}, ${how}) garde sa date et son heure. La personne qui vous reçoit, ou la salle, change : vous trouverez le détail dans Passerelle.`
              : `Your appointment (${what}, ${how}) keeps its date and time. Who you meet, or the room, changes: the details are in Passerelle.`,
          },
          { list: [fr ? `Quand : ${when}` : `When: ${when}`] },
        ];
        break;
      }
      const before = formatInstant(change.previousStartsAt, language, timeZone);
      subject = fr ? `Rendez-vous déplacé : ${what}, ${when}` : `Appointment moved: ${what}, ${when}`;
      blocks = [
        {
          paragraph: fr
            ? `Votre rendez-vous (${what}, ${how}) a été déplacé.`
            : `Your appointment (${what}, ${how}) has moved.`,
        },
        {
          list: fr
            ? [`Nouvelle date : ${when}`, `Ancienne date : ${before}`]
            : [`New time: ${when}`, `Previous time: ${before}`],
        },
      ];
      break;
    }
    case 'cancelled':
      subject = fr ? `Rendez-vous annulé : ${what}, ${when}` : `Appointment cancelled: ${what}, ${when}`;
      blocks = [
        {
          paragraph: fr
            ? `Votre rendez-vous (${what}, ${when}) est annulé.`
            : `Your appointment (${what}, ${when}) is cancelled.`,
        },
        {
          paragraph: fr
            ? 'Vous pouvez en prendre un autre dans Passerelle.'
            : 'You can book another one in Passerelle.',
        },
      ];
      break;
  }
  blocks.push({
    paragraph: fr ? 'Le fichier joint met votre agenda à jour.' : 'The attached file updates your calendar.',
  });
  blocks.push({
    action: {
      label: fr ? 'Voir mes rendez-vous' : 'See my appointments',
      url: `${context.consoleUrl}/sessions`,
    },
  });
  const ics = renderCalendarInvitation({
    method: change.change === 'cancelled' ? 'CANCEL' : 'REQUEST',
    sessionId: session.sessionId,
    sequence: calendar.sequence,
    start: session.startsAt,
    end: session.endsAt,
    summary: `${what} (Passerelle)`,
    description: how,
    organizer: calendar.organizer,
    attendee: { email: calendar.attendeeEmail, name: context.displayName },
    stampedAt: calendar.stampedAt,
  });
  const method = change.change === 'cancelled' ? 'CANCEL' : 'REQUEST';
  return composeMessage(context, subject, blocks, [
    {
      filename: change.change === 'cancelled' ? 'annulation.ics' : 'rendez-vous.ics',
      contentType: `text/calendar; charset=utf-8; method=${method}`,
      content: ics,
    },
  ]);
}

/**
 * The office offers the person another coach for a session, same time, because its coach is leaving
 * (CoachChangeProposed): nothing changes until they answer in Passerelle. No calendar file yet;
 * accepting sends "Rendez-vous modifié" with one. Essential: an appointment they must attend.
 */
export function coachChangeProposedMessage(context: RenderContext, session: SessionFacts): RenderedMessage {
  const { language, timeZone } = context;
  const what = KIND[language][session.kind];
  const when = formatInstant(session.startsAt, language, timeZone);
  const fr = language === 'fr';
  return composeMessage(
    context,
    fr
      ? `Un autre consultant vous est proposé : ${what}, ${when}`
      : `Another coach is offered to you: ${what}, ${when}`,
    [
      {
        paragraph: fr
          ? `Le consultant de votre rendez-vous (${what}, ${when}) ne pourra plus vous recevoir. Votre agence vous propose un autre consultant, à la même date et à la même heure.`
          : `The coach of your appointment (${what}, ${when}) can no longer see you. Your office offers another coach, on the same day at the same time.`,
      },
      {
        paragraph: fr
          ? 'Dites-nous dans Passerelle si vous êtes d’accord. Si vous refusez, votre agence vous recontactera.'
          : 'Tell us in Passerelle whether you agree. If you decline, your office will get back to you.',
      },
      {
        action: {
          label: fr ? 'Répondre à la proposition' : 'Answer the offer',
          url: `${context.consoleUrl}/sessions`,
        },
      },
    ],
  );
}

/** A reminder before a session (SessionReminderDue: 24 h and 1 h before). */
export function sessionReminderMessage(
  context: RenderContext,
  session: { kind: SessionKind | null; startsAt: Date; leadMinutes: number },
): RenderedMessage {
  const { language, timeZone } = context;
  // The reminder event names no kind; the notifier knows it when it saw the booking.
  const what = session.kind
    ? KIND[language][session.kind]
    : language === 'fr'
      ? 'votre rendez-vous'
      : 'your appointment';
  const when = formatInstant(session.startsAt, language, timeZone);
  const fr = language === 'fr';
  const soon =
    session.leadMinutes >= 24 * 60
      ? fr
        ? 'demain'
        : 'tomorrow'
      : fr
        ? `dans ${session.leadMinutes >= 60 ? `${Math.round(session.leadMinutes / 60)} h` : `${session.leadMinutes} min`}`
        : `in ${session.leadMinutes >= 60 ? `${Math.round(session.leadMinutes / 60)} h` : `${session.leadMinutes} min`}`;
  const message = composeMessage(context, fr ? `Rappel : ${what} ${soon}` : `Reminder: ${what} ${soon}`, [
    { paragraph: fr ? `Petit rappel : ${what}, ${when}.` : `A quick reminder: ${what}, ${when}.` },
    {
      paragraph: fr
        ? 'Un empêchement ? Déplacez votre rendez-vous dans Passerelle.'
        : 'Something came up? Move your appointment in Passerelle.',
    },
    {
      action: {
        label: fr ? 'Voir mes rendez-vous' : 'See my appointments',
        url: `${context.consoleUrl}/sessions`,
      },
    },
  ]);
  // Two SMS segments at most: who it is from, what and when, where to move it. No name: a
  // phone's lock screen shows it to anyone nearby.
  const sms = fr
    ? `Passerelle : rappel, ${what} ${when}. Un empêchement ? ${context.consoleUrl}/sessions`
    : `Passerelle: reminder, ${what} ${when}. Can't make it? ${context.consoleUrl}/sessions`;
  return { ...message, sms };
}
