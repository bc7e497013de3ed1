import * as ical from 'node-ical';
import { escapeText, foldLine, renderCalendar, utcStamp } from './ics-calendar';

describe('renderCalendar', () => {
  const feed = renderCalendar({
    name: 'Coach Camille, Lyon',
    generatedAt: new Date('2026-10-20T10:00:00Z'),
    events: [
      {
        uid: 'session-1@passerelle',
        start: new Date('2026-10-23T07:00:00Z'),
        end: new Date('2026-10-23T08:00:00Z'),
        summary: 'Entretien de bienvenue; en présentiel, salle « Rhône »',
        description: 'Ligne 1\nLigne 2, avec \\ et ;',
        location: '12 rue de la République, 69002 Lyon — salle Rhône '.repeat(3),
        status: 'CONFIRMED',
        sequence: 0,
        lastModified: new Date('2026-10-20T09:00:00Z'),
      },
      {
        uid: 'session-2@passerelle',
        start: new Date('2026-10-26T08:00:00Z'),
        end: new Date('2026-10-26T09:30:00Z'),
        summary: 'Suivi',
        status: 'CANCELLED',
        sequence: 2,
        lastModified: new Date('2026-10-21T09:00:00Z'),
      },
    ],
  });

  it('uses CRLF line ends and no physical line over 75 octets', () => {
    expect(feed.endsWith('\r\n')).toBe(true);
    expect(feed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of feed.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('is read back by an independent parser (node-ical) with the same events, times and text', () => {
    const parsed = ical.sync.parseICS(feed);
    const events = Object.values(parsed).filter((entry): entry is ical.VEvent => entry?.type === 'VEVENT');
    expect(events).toHaveLength(2);
    const [first, second] = events.sort((a, b) => a.start.getTime() - b.start.getTime());
    expect(first!.uid).toBe('session-1@passerelle');
    expect(first!.start.toISOString()).toBe('2026-10-23T07:00:00.000Z');
    expect(first!.end!.toISOString()).toBe('2026-10-23T08:00:00.000Z');
    expect(first!.summary).toBe('Entretien de bienvenue; en présentiel, salle « Rhône »');
    expect(first!.description).toBe('Ligne 1\nLigne 2, avec \\ et ;');
    expect(first!.location).toBe('12 rue de la République, 69002 Lyon — salle Rhône '.repeat(3));
    expect(second!.status).toBe('CANCELLED');
    expect(second!.end!.toISOString()).toBe('2026-10-26T09:30:00.000Z');
  });
});

describe('ICS primitives', () => {
  it.each([
    ['a;b,c', 'a\\;b\\,c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\r\nlines\nhere', 'two\\nlines\\nhere'],
  ])('escapes %j', (raw, escaped) => expect(escapeText(raw)).toBe(escaped));

  it('writes UTC DATE-TIME values', () => {
    expect(utcStamp(new Date('2026-03-29T01:05:09.123Z'))).toBe('20260329T010509Z');
  });

  it('folds without splitting a multi-byte character', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(
      `SUMMARY:${'é'.repeat(80)}`,
    );
  });

  it('leaves a short line alone', () => {
    expect(foldLine('UID:x')).toBe('UID:x');
  });
});
