import { applicationFollowUpMessage, formatDay } from './career-templates';
import { isEssential } from './message-kind';
import type { RenderContext } from './message-text';
import { channelPlan, NO_PREFERENCES } from './preferences';

const fr: RenderContext = {
  language: 'fr',
  displayName: 'Nadia Benali',
  consoleUrl: 'https://console.passerelle.test',
  timeZone: 'Europe/Paris',
  unsubscribeUrl: 'https://notifier.passerelle.test/unsubscribe/t',
};
const en: RenderContext = { ...fr, language: 'en', displayName: 'Sam O’Brien' };

describe('the follow-up reminder of an application', () => {
  it.each([
    ['2026-11-19', 'fr', 'jeudi 19 novembre 2026'],
    ['2026-11-19', 'en', 'Thursday, 19 November 2026'],
    ['2026-03-29', 'fr', 'dimanche 29 mars 2026'],
  ] as const)('a day %s in %s reads %s, whatever the zone', (day, language, expected) => {
    expect(formatDay(day, language)).toBe(expected);
  });

  it.each([
    [
      fr,
      'Une candidature sans réponse : pensez à relancer',
      'Vous avez envoyé une candidature le jeudi 19 novembre 2026 et aucune réponse n’est encore notée.',
      'Voir mes candidatures: https://console.passerelle.test/applications',
    ],
    [
      en,
      'An application with no answer yet: time to follow up',
      'You sent an application on Thursday, 19 November 2026 and no answer has been noted yet.',
      'See my applications: https://console.passerelle.test/applications',
    ],
  ])('%#: says when it was sent and links to the applications', (context, subject, sentence, link) => {
    const message = applicationFollowUpMessage(context, { sentOn: '2026-11-19' });
    expect(message.subject).toBe(subject);
    expect(message.summary).toContain(sentence);
    expect(message.text).toContain(sentence);
    expect(message.text).toContain(link);
    expect(message.html).toContain('<a href="https://console.passerelle.test/applications">');
    expect(message.text).toContain('https://notifier.passerelle.test/unsubscribe/t');
    expect(message.sms).toBeUndefined();
  });

  it('is not essential: a muted email is not sent, quiet hours delay it, no text', () => {
    expect(isEssential('application_follow_up')).toBe(false);
    const muted = { ...NO_PREFERENCES, mutedEmail: ['application_follow_up' as const] };
    expect(
      channelPlan('application_follow_up', muted, new Date('2026-12-05T10:00:00Z'), 'Europe/Paris'),
    ).toEqual(expect.objectContaining({ email: { send: 'never', reason: 'unsubscribed' }, sms: null }));
    expect(
      channelPlan('application_follow_up', NO_PREFERENCES, new Date('2026-12-05T10:00:00Z'), 'Europe/Paris'),
    ).toEqual({ email: { send: 'now' }, sms: null, inApp: true });
  });
});
