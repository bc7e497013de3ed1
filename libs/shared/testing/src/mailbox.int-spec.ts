import { randomUUID } from 'node:crypto';
import * as ical from 'node-ical';
import { createTransport } from 'nodemailer';
import { Mailbox } from './mailbox';

// The mail server the infra scripts start (Mailpit) accepts SMTP as a relay would, keeps each
// message whole, and lets tests read it back: bodies, headers and attachments.

const { smtpUrl, mailbox } = Mailbox.fromEnvironment();

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Passerelle//test//FR',
  'BEGIN:VEVENT',
  'UID:welcome-1@passerelle.test',
  'DTSTAMP:20261204T090000Z',
  'DTSTART:20261210T090000Z',
  'DTEND:20261210T100000Z',
  'SUMMARY:Entretien d’accueil',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('the mail server of the tests', () => {
  it('receives a message over SMTP and gives back its bodies and its calendar attachment', async () => {
    const to = `nadia.${randomUUID().slice(0, 8)}@example.fr`;
    const transport = createTransport(smtpUrl);
    try {
      await transport.sendMail({
        from: 'Passerelle <ne-pas-repondre@passerelle.test>',
        to,
        subject: 'Votre rendez-vous du 10 décembre',
        text: 'Bonjour Nadia, votre entretien d’accueil est le jeudi 10 décembre à 10 h.',
        html: '<p>Bonjour Nadia, votre entretien d’accueil est le <strong>jeudi 10 décembre à 10 h</strong>.</p>',
        attachments: [
          { filename: 'rendez-vous.ics', content: ICS, contentType: 'text/calendar; method=PUBLISH' },
        ],
      });
    } finally {
      transport.close();
    }

    const [received, ...more] = await mailbox.messagesTo(to);
    expect(more).toEqual([]);
    expect(received).toMatchObject({ Subject: 'Votre rendez-vous du 10 décembre', Attachments: 1 });
    const detail = await mailbox.message(received!.ID);
    expect(detail.Text).toContain('jeudi 10 décembre à 10 h');
    expect(detail.HTML).toContain('<strong>jeudi 10 décembre à 10 h</strong>');
    const [attachment] = detail.Attachments;
    expect(attachment).toMatchObject({ FileName: 'rendez-vous.ics', ContentType: 'text/calendar' });
    const parsed = Object.values(
      ical.sync.parseICS((await mailbox.attachment(received!.ID, attachment!.PartID)).toString('utf8')),
    );
    const events = parsed.filter((component) => component?.type === 'VEVENT');
    expect(events).toEqual([
      expect.objectContaining({
        type: 'VEVENT',
        summary: 'Entretien d’accueil',
        start: new Date('2026-12-10T09:00:00Z'),
      }),
    ]);
  });

  it('finds nothing for an address no one wrote to', async () => {
    expect(await mailbox.messagesTo(`personne.${randomUUID().slice(0, 8)}@example.fr`)).toEqual([]);
  });
});
