import { SESSION_KINDS, type SessionKind } from '@passerelle/shared/contracts';
import type { Caller } from './access';
import type { ParticipantStatus } from './session-attendance';
import {
  acknowledgement,
  amendmentRefusal,
  mayReadConfidentialNote,
  mayReadSummary,
  noteTemplateHeadings,
  noteWriteRefusal,
  NOTE_LANGUAGES,
  prefill,
  SESSION_NOTE_TYPES,
  type NoteContent,
  type SessionNoteRefusal,
  type SessionNoteType,
} from './session-notes';

const person: Caller = { role: 'candidate', candidateId: 'p-1' };
const otherPerson: Caller = { role: 'candidate', candidateId: 'p-2' };
const author: Caller = { role: 'coach', coachId: 'c-1', officeIds: ['o'] };
const successor: Caller = { role: 'coach', coachId: 'c-2', officeIds: ['o'] };
const stranger: Caller = { role: 'coach', coachId: 'c-3', officeIds: ['o'] };
const ops: Caller = { role: 'ops', officeIds: ['o'], allOffices: false };
const globalOps: Caller = { role: 'ops', officeIds: [], allOffices: true };
const sponsor: Caller = { role: 'sponsor', sponsorIds: ['s'] };

describe('note templates', () => {
  it.each(SESSION_KINDS.flatMap((kind) => SESSION_NOTE_TYPES.map((type) => [kind, type] as const)))(
    '%s %s: headings in French and English, as many in each, none blank or repeated',
    (kind, type) => {
      const fr = noteTemplateHeadings(kind, type, 'fr');
      const en = noteTemplateHeadings(kind, type, 'en');
      expect(fr.text.length).toBeGreaterThanOrEqual(2);
      expect(en.text).toHaveLength(fr.text.length);
      expect(en.nextSteps).toHaveLength(fr.nextSteps.length);
      for (const headings of [fr.text, en.text, fr.nextSteps, en.nextSteps]) {
        expect(headings.every((heading) => heading.trim() === heading && heading.length > 0)).toBe(true);
        expect(new Set(headings).size).toBe(headings.length);
      }
      expect(fr.text).not.toEqual(en.text);
    },
  );

  it.each<[SessionKind, SessionNoteType, (typeof NOTE_LANGUAGES)[number], string, number]>([
    ['diagnostic', 'confidential', 'fr', 'Parcours et compétences', 0],
    ['diagnostic', 'summary', 'en', 'Your strengths', 3],
    ['follow_up', 'summary', 'fr', 'Où vous en êtes', 3],
    ['group_workshop', 'confidential', 'en', 'To take up one to one', 0],
    ['welcome', 'summary', 'fr', 'Vos questions', 3],
  ])('%s %s in %s has "%s", and %i next steps headings', (kind, type, language, heading, nextSteps) => {
    const headings = noteTemplateHeadings(kind, type, language);
    expect(headings.text).toContain(heading);
    expect(headings.nextSteps).toHaveLength(nextSteps);
  });

  it('prefills each heading with a blank line to write under', () => {
    expect(prefill(['Où vous en êtes', 'Ce que nous avons travaillé'])).toBe(
      'Où vous en êtes\n\n\nCe que nous avons travaillé\n\n',
    );
    expect(prefill([])).toBe('');
  });
});

describe('noteWriteRefusal', () => {
  const session = { coachId: 'c-1' };
  it.each<[string, Caller, boolean, SessionNoteType, ParticipantStatus, SessionNoteRefusal | null]>([
    ['the coach notes an attended session', author, true, 'confidential', 'attended', null],
    ['the coach sums up an attended session', author, true, 'summary', 'attended', null],
    [
      'the coach notes a no-show (how they tried to reach the person)',
      author,
      true,
      'confidential',
      'no_show',
      null,
    ],
    [
      'no summary of a session the person missed',
      author,
      true,
      'summary',
      'no_show',
      'PERSON_DID_NOT_ATTEND',
    ],
    ['nothing before the session took place', author, true, 'confidential', 'booked', 'SESSION_NOT_HELD'],
    ['nothing on a cancelled seat', author, true, 'summary', 'cancelled', 'SESSION_NOT_HELD'],
    ['ops see the session but do not write', ops, true, 'summary', 'attended', 'NOTE_AUTHOR_ONLY'],
    ['the person does not write', person, true, 'summary', 'attended', 'NOTE_AUTHOR_ONLY'],
    [
      'another coach does not see the session',
      stranger,
      false,
      'confidential',
      'attended',
      'SESSION_NOT_FOUND',
    ],
    [
      "the person's new coach sees it but did not hold it",
      successor,
      true,
      'summary',
      'attended',
      'NOTE_AUTHOR_ONLY',
    ],
    ['unseen comes before not held', stranger, false, 'summary', 'booked', 'SESSION_NOT_FOUND'],
  ])('%s', (_case, caller, canSee, type, participant, expected) => {
    expect(noteWriteRefusal(caller, session, canSee, type, participant)).toBe(expected);
  });
});

describe('amendmentRefusal', () => {
  const note = { authorCoachId: 'c-1' };
  const current: NoteContent = { text: 'Où vous en êtes\n\nCV à jour', nextSteps: 'Trois candidatures' };
  it.each<[string, Caller, NoteContent, SessionNoteRefusal | null]>([
    ['the author changes the text', author, { ...current, text: 'CV à jour, lettre à reprendre' }, null],
    ['the author changes only the next steps', author, { ...current, nextSteps: 'Cinq candidatures' }, null],
    ['the same text and steps: nothing to amend', author, { ...current }, 'NOTE_UNCHANGED'],
    [
      "another coach, even the person's new one",
      successor,
      { ...current, text: 'autre' },
      'NOTE_AUTHOR_ONLY',
    ],
    ['ops', ops, { ...current, text: 'autre' }, 'NOTE_AUTHOR_ONLY'],
    ['the person', person, { ...current, text: 'autre' }, 'NOTE_AUTHOR_ONLY'],
  ])('%s', (_case, caller, next, expected) => {
    expect(amendmentRefusal(caller, note, current, next)).toBe(expected);
  });

  it('a confidential note (no next steps) is unchanged by the same text', () => {
    const text: NoteContent = { text: 'Fatigue', nextSteps: null };
    expect(amendmentRefusal(author, note, text, { ...text })).toBe('NOTE_UNCHANGED');
    expect(amendmentRefusal(author, note, text, { text: 'Fatigue, à revoir', nextSteps: null })).toBeNull();
  });
});

describe('who reads what', () => {
  it.each<[string, Caller, boolean]>([
    ['its author', author, true],
    ['the coach taking over the caseload', successor, false],
    ['another coach', stranger, false],
    ['the person', person, false],
    ['ops of the office', ops, false],
    ['global ops', globalOps, false],
    ['a sponsor', sponsor, false],
  ])('the confidential note: %s reads it: %s', (_case, caller, expected) => {
    expect(mayReadConfidentialNote(caller, { authorCoachId: 'c-1' })).toBe(expected);
  });

  it.each<[string, Caller, boolean]>([
    ['the person', person, true],
    ['another person', otherPerson, false],
    ["the session's coach", author, true],
    ["the person's current coach", successor, true],
    ['another coach', stranger, false],
    ['ops of the office', ops, false],
    ['global ops', globalOps, false],
    ['a sponsor', sponsor, false],
  ])('the summary: %s reads it: %s', (_case, caller, expected) => {
    expect(mayReadSummary(caller, { candidateId: 'p-1' }, 'c-1', 'c-2')).toBe(expected);
  });
});

describe('acknowledgement', () => {
  it.each<[string, number, number | null, number, ReturnType<typeof acknowledgement>]>([
    ['the current version, first time', 1, null, 1, 'acknowledge'],
    ['the current version again', 2, 2, 2, 'already'],
    ['an amended summary acknowledged before', 2, 1, 2, 'acknowledge'],
    ['an older version than the current one', 2, null, 1, 'SUMMARY_AMENDED'],
    ['a version never written', 2, null, 3, 'NO_SUCH_VERSION'],
    ['version 0', 1, null, 0, 'NO_SUCH_VERSION'],
  ])('%s', (_case, currentVersion, acknowledgedVersion, version, expected) => {
    expect(acknowledgement({ currentVersion, acknowledgedVersion }, version)).toBe(expected);
  });
});
