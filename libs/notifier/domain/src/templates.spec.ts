import * as ical from 'node-ical';
import { accessLinkMessage } from './account-templates';
import { renderCalendarInvitation, parseMailbox } from './calendar-invitation';
import { escapeHtml, formatInstant, type RenderContext } from './message-text';
import {
  assignmentQueueAlertMessage,
  atRiskDigestMessage,
  distressAlertMessage,
  jobLeadsDigestMessage,
  resultsReleasedMessage,
} from './progress-templates';
import {
  coachChangeProposedMessage,
  sessionChangeMessage,
  sessionReminderMessage,
  type SessionFacts,
} from './session-templates';

const fr: RenderContext = {
  language: 'fr',
  displayName: 'Nadia <b>Benali</b>',
  consoleUrl: 'https://console.passerelle.test',
  timeZone: 'Europe/Paris',
};
const en: RenderContext = { ...fr, language: 'en', displayName: 'Sam O’Brien' };
const session: SessionFacts = {
  sessionId: '0191d3c4-5b6a-7c8d-9e0f-123456789abc',
  kind: 'follow_up',
  mode: 'video',
  startsAt: new Date('2026-12-10T09:00:00Z'),
  endsAt: new Date('2026-12-10T10:00:00Z'),
};
const calendar = {
  sequence: 0,
  organizer: { email: 'ne-pas-repondre@passerelle.test', name: 'Passerelle' },
  attendeeEmail: 'nadia@example.fr',
  stampedAt: new Date('2026-12-04T08:00:00Z'),
};

function veventsOf(ics: string) {
  return Object.values(ical.sync.parseICS(ics)).filter((component) => component?.type === 'VEVENT');
}

describe('dates in messages', () => {
  it.each([
    ['fr', 'jeudi 10 décembre 2026 à 10:00'],
    ['en', 'Thursday, 10 December 2026 at 10:00'],
  ] as const)('%s, in the configured zone (Paris, winter time)', (language, expected) => {
    expect(formatInstant(new Date('2026-12-10T09:00:00Z'), language, 'Europe/Paris')).toBe(expected);
  });

  it('follows summer time', () => {
    expect(formatInstant(new Date('2026-07-01T09:00:00Z'), 'fr', 'Europe/Paris')).toBe(
      'mercredi 1 juillet 2026 à 11:00',
    );
  });
});

describe('every message escapes what it interpolates', () => {
  it('turns markup into text', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });

  it('a name with markup stays text in the HTML, and as typed in the plain text', () => {
    const message = resultsReleasedMessage(fr);
    expect(message.html).toContain('Bonjour Nadia &lt;b&gt;Benali&lt;/b&gt;,');
    expect(message.html).not.toContain('<b>Benali</b>');
    expect(message.text).toContain('Bonjour Nadia <b>Benali</b>,');
  });

  it('a link with a quote cannot break out of its attribute', () => {
    const message = accessLinkMessage(fr, {
      url: 'https://id.passerelle.test/invitation?t=a"onmouseover="x',
      expiresAt: new Date('2026-12-18T09:00:00Z'),
      purpose: 'invitation',
    });
    expect(message.html).toContain(
      'href="https://id.passerelle.test/invitation?t=a&quot;onmouseover=&quot;x"',
    );
  });
});

describe('the invitation and the sign-in link', () => {
  const link = { url: 'https://id.passerelle.test/i/abc', expiresAt: new Date('2026-12-18T09:00:00Z') };

  it.each([
    [fr, 'invitation', 'Votre accès à Passerelle', 'valable jusqu’au vendredi 18 décembre 2026 à 10:00'],
    [fr, 'sign_in_link', 'Votre lien de connexion à Passerelle', 'Choisir un nouveau mot de passe'],
    [en, 'invitation', 'Your access to Passerelle', 'valid until Friday, 18 December 2026 at 10:00'],
    [en, 'sign_in_link', 'Your Passerelle sign-in link', 'Choose a new password'],
  ] as const)('%#: %s, %s', (context, purpose, subject, phrase) => {
    const message = accessLinkMessage(context, { ...link, purpose });
    expect(message.subject).toBe(subject);
    expect(message.text).toContain(phrase);
    expect(message.text).toContain('https://id.passerelle.test/i/abc');
    expect(message.html).toContain('<a href="https://id.passerelle.test/i/abc">');
    expect(message.html).toContain(`<html lang="${context.language}">`);
    expect(message.attachments).toEqual([]);
  });
});

describe('session messages', () => {
  it('a booking: what, when, how, and a REQUEST a calendar parser reads', () => {
    const message = sessionChangeMessage(fr, session, { change: 'booked' }, calendar);
    expect(message.subject).toBe('Rendez-vous confirmé : Entretien de suivi, jeudi 10 décembre 2026 à 10:00');
    expect(message.text).toContain('Votre rendez-vous est confirmé : Entretien de suivi, en visio.');
    const [attachment] = message.attachments;
    expect(attachment).toMatchObject({
      filename: 'rendez-vous.ics',
      contentType: 'text/calendar; charset=utf-8; method=REQUEST',
    });
    expect(attachment?.content).toContain('METHOD:REQUEST');
    expect(veventsOf(attachment?.content ?? '')).toEqual([
      expect.objectContaining({
        uid: `${session.sessionId}@passerelle`,
        start: session.startsAt,
        end: session.endsAt,
        summary: 'Entretien de suivi (Passerelle)',
        sequence: 0,
        status: 'CONFIRMED',
      }),
    ]);
  });

  it.each([
    [
      fr,
      'interviews',
      'Une place s’est libérée pour vous : atelier « Entretiens d’embauche », jeudi 10 décembre 2026 à 10:00',
      'Une place s’est libérée pour vous dans l’atelier « Entretiens d’embauche » du jeudi 10 décembre 2026 à 10:00 (en visio).',
    ],
    [
      en,
      'networking',
      'A seat was freed for you: workshop “Networking and LinkedIn”, Thursday, 10 December 2026 at 10:00',
      'A seat was freed for you in the workshop “Networking and LinkedIn” on Thursday, 10 December 2026 at 10:00 (by video).',
    ],
    [
      fr,
      null,
      'Une place s’est libérée pour vous : Atelier collectif, jeudi 10 décembre 2026 à 10:00',
      'dans l’atelier collectif du jeudi 10 décembre 2026 à 10:00 (en visio). Vous étiez sur la liste d’attente : la place est à vous.',
    ],
  ] as const)(
    '%#: a seat freed from the waiting list, with its REQUEST',
    (context, topic, subject, phrase) => {
      const workshop = { ...session, kind: 'group_workshop' as const };
      const message = sessionChangeMessage(
        context,
        workshop,
        { change: 'booked', fromWaitingList: true, topic },
        calendar,
      );
      expect(message.subject).toBe(subject);
      expect(message.text).toContain(phrase);
      expect(message.attachments[0]?.content).toContain('METHOD:REQUEST');
    },
  );

  it('a move: new and previous time, the same UID with a higher SEQUENCE', () => {
    const moved = {
      ...session,
      startsAt: new Date('2026-12-11T14:00:00Z'),
      endsAt: new Date('2026-12-11T15:00:00Z'),
    };
    const message = sessionChangeMessage(
      en,
      moved,
      { change: 'rescheduled', previousStartsAt: session.startsAt },
      { ...calendar, sequence: 1 },
    );
    expect(message.subject).toBe('Appointment moved: Follow-up meeting, Friday, 11 December 2026 at 15:00');
    expect(message.text).toContain('- New time: Friday, 11 December 2026 at 15:00');
    expect(message.text).toContain('- Previous time: Thursday, 10 December 2026 at 10:00');
    expect(veventsOf(message.attachments[0]?.content ?? '')).toEqual([
      expect.objectContaining({
        uid: `${session.sessionId}@passerelle`,
        start: moved.startsAt,
        sequence: 1,
      }),
    ]);
  });

  it('a change at the same time (another coach or room): says the time holds, not that it moved', () => {
    const message = sessionChangeMessage(
      fr,
      session,
      { change: 'rescheduled', previousStartsAt: session.startsAt },
      { ...calendar, sequence: 1 },
    );
    expect(message.subject).toBe('Rendez-vous modifié : Entretien de suivi, jeudi 10 décembre 2026 à 10:00');
    expect(message.text).toContain('garde sa date et son heure');
    expect(message.text).not.toContain('Ancienne date');
    expect(veventsOf(message.attachments[0]?.content ?? '')).toEqual([
      expect.objectContaining({
        uid: `${session.sessionId}@passerelle`,
        start: session.startsAt,
        sequence: 1,
      }),
    ]);
  });

  it('another coach offered: asks the person to answer in Passerelle, no calendar file yet', () => {
    const message = coachChangeProposedMessage(fr, session);
    expect(message.subject).toBe(
      'Un autre consultant vous est proposé : Entretien de suivi, jeudi 10 décembre 2026 à 10:00',
    );
    expect(message.text).toContain('à la même date et à la même heure');
    expect(message.text).toContain('/sessions');
    expect(message.attachments).toEqual([]);
    expect(coachChangeProposedMessage(en, session).subject).toBe(
      'Another coach is offered to you: Follow-up meeting, Thursday, 10 December 2026 at 10:00',
    );
  });

  it('a cancellation: a CANCEL for the same UID', () => {
    const message = sessionChangeMessage(fr, session, { change: 'cancelled' }, { ...calendar, sequence: 2 });
    expect(message.subject).toBe('Rendez-vous annulé : Entretien de suivi, jeudi 10 décembre 2026 à 10:00');
    const ics = message.attachments[0]?.content ?? '';
    expect(ics).toContain('METHOD:CANCEL');
    expect(veventsOf(ics)).toEqual([
      expect.objectContaining({ uid: `${session.sessionId}@passerelle`, status: 'CANCELLED', sequence: 2 }),
    ]);
  });

  it.each([
    [fr, 24 * 60, 'Rappel : Entretien de suivi demain'],
    [fr, 60, 'Rappel : Entretien de suivi dans 1 h'],
    [en, 24 * 60, 'Reminder: Follow-up meeting tomorrow'],
    [en, 60, 'Reminder: Follow-up meeting in 1 h'],
  ] as const)('%#: a reminder %i minutes ahead', (context, leadMinutes, subject) => {
    const message = sessionReminderMessage(context, {
      kind: 'follow_up',
      startsAt: session.startsAt,
      leadMinutes,
    });
    expect(message.subject).toBe(subject);
    expect(message.attachments).toEqual([]);
  });

  it.each([
    [
      fr,
      'Passerelle : rappel, Entretien de suivi jeudi 10 décembre 2026 à 10:00. Un empêchement ? https://console.passerelle.test/sessions',
    ],
    [
      en,
      "Passerelle: reminder, Follow-up meeting Thursday, 10 December 2026 at 10:00. Can't make it? https://console.passerelle.test/sessions",
    ],
  ] as const)(
    '%#: a reminder’s text message names neither the person nor anything but the when',
    (context, sms) => {
      const message = sessionReminderMessage(context, {
        kind: 'follow_up',
        startsAt: session.startsAt,
        leadMinutes: 60,
      });
      expect(message.sms).toBe(sms);
      expect(message.sms!.length).toBeLessThanOrEqual(2 * 153);
      expect(message.sms).not.toContain('Nadia');
    },
  );

  it('only a reminder has a text message', () => {
    expect(sessionChangeMessage(fr, session, { change: 'booked' }, calendar).sms).toBeUndefined();
  });

  it('a reminder of a session whose kind the notifier never saw', () => {
    const message = sessionReminderMessage(en, { kind: null, startsAt: session.startsAt, leadMinutes: 60 });
    expect(message.subject).toBe('Reminder: your appointment in 1 h');
  });
});

describe('the calendar file', () => {
  it('escapes text, folds long lines at 75 octets, and gives the attendee by name', () => {
    const ics = renderCalendarInvitation({
      method: 'REQUEST',
      sessionId: session.sessionId,
      sequence: 3,
      start: session.startsAt,
      end: session.endsAt,
      summary: 'Atelier : CV, lettre; entretien',
      description: 'é'.repeat(60),
      organizer: { email: 'ne-pas-repondre@passerelle.test', name: 'Passerelle' },
      attendee: { email: 'nadia@example.fr', name: 'Nadia "N" Benali' },
      stampedAt: calendar.stampedAt,
    });
    expect(ics).toContain('SUMMARY:Atelier : CV\\, lettre\\; entretien');
    expect(ics).toContain('ATTENDEE;CN="Nadia N Benali";ROLE=REQ-PARTICIPANT:mailto:nadia@example.fr');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const [event] = veventsOf(ics);
    expect(event).toMatchObject({ summary: 'Atelier : CV, lettre; entretien', description: 'é'.repeat(60) });
  });

  it('reads the organizer from MAIL_FROM', () => {
    expect(parseMailbox('Passerelle <ne-pas-repondre@passerelle.test>')).toEqual({
      name: 'Passerelle',
      email: 'ne-pas-repondre@passerelle.test',
    });
    expect(parseMailbox('ne-pas-repondre@passerelle.test')).toEqual({
      name: 'ne-pas-repondre@passerelle.test',
      email: 'ne-pas-repondre@passerelle.test',
    });
  });
});

describe('progress and staff messages', () => {
  it.each([
    [
      'results, fr',
      resultsReleasedMessage(fr),
      'Vos résultats sont disponibles',
      'https://console.passerelle.test/assessments',
    ],
    ['results, en', resultsReleasedMessage(en), 'Your results are ready', 'See my results'],
    [
      'one job lead, fr',
      jobLeadsDigestMessage(fr, { count: 1 }),
      'Une nouvelle offre pour vous',
      'Une nouvelle offre d’emploi',
    ],
    [
      'job leads, en',
      jobLeadsDigestMessage(en, { count: 4 }),
      '4 new job leads for you',
      '4 new job offers fit your profile.',
    ],
    [
      'distress, fr',
      distressAlertMessage(fr, { candidateId: 'c-1' }),
      'Une personne a besoin d’un contact rapide',
      'https://console.passerelle.test/candidates/c-1',
    ],
    [
      'queue, en',
      assignmentQueueAlertMessage(en, { waiting: 2, longestWaitDays: 6, thresholdDays: 3 }),
      '2 people waiting for a coach',
      '2 people have waited for a coach for more than 3 days (the longest for 6 days).',
    ],
    [
      'queue, fr',
      assignmentQueueAlertMessage(fr, { waiting: 1, longestWaitDays: 4, thresholdDays: 3 }),
      '1 personne en attente d’un coach',
      '1 personne attend un coach depuis plus de 3 jours',
    ],
  ])('%s', (_label, message, subject, phrase) => {
    expect(message.subject).toBe(subject);
    expect(message.text).toContain(phrase);
    expect(message.html).toContain('</html>');
  });

  it("the coach's at-risk digest keeps the order it is given, with no name or reason", () => {
    const message = atRiskDigestMessage(en, [
      { candidateId: 'c-2', urgency: 'immediate' },
      { candidateId: 'c-1', urgency: 'normal' },
    ]);
    expect(message.subject).toBe('2 people to follow closely');
    expect(message.text).toContain(
      '- contact now: https://console.passerelle.test/candidates/c-2\n- keep an eye on: https://console.passerelle.test/candidates/c-1',
    );
  });

  it('the distress alert carries no answer and no name of the person', () => {
    const message = distressAlertMessage(en, { candidateId: 'c-1' });
    expect(message.text).not.toMatch(/wellbeing|answer|score/i);
    expect(message.summary).toBe(
      'The diagnostic of someone you support signals distress. Please contact them promptly.',
    );
  });
});
