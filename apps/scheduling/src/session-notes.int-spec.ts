import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Identity } from '@passerelle/shared/auth';
import type { EventOf } from '@passerelle/shared/contracts';
import { createEvent, InboxContext } from '@passerelle/shared/messaging';
import type { AnyData } from '@passerelle/shared/testing';
import { CandidateErasureConsumer } from '@passerelle/scheduling/feature-assignment';
import { ExportPersonalDataHandler } from '@passerelle/scheduling/feature-sessions';
import {
  personOf,
  refusalOf,
  startScheduling,
  weekdays,
  workingDayAhead,
  type SchedulingUnderTest,
} from './test/scheduling-test-kit';

// Session notes on the service alone (real PostgreSQL): the coach's confidential note, read by its
// author only and every read or refusal recorded; the summary the person reads and acknowledges;
// amendments kept as versions; templates; the export and the erasure.

const LYON = randomUUID();
const PROGRAMME = randomUUID();
const SPONSOR = randomUUID();
const ops: Identity = { subject: 'ops-lyon', role: 'ops', officeIds: [LYON], allOffices: false };

let service: SchedulingUnderTest;
let author: Identity;
let successor: Identity;
let person: string;
let held: string;

const codeOf = (body: AnyData) => body.errors?.[0]?.extensions?.code;
const coachAs = (coachId: string, subject: string): Identity => ({
  subject,
  role: 'coach',
  coachId,
  officeIds: [LYON],
});

const BOOK = `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id } }`;
const COMPLETE = `mutation C($id: ID!) { completeSession(sessionId: $id) { status } }`;
const VERSION = `version text nextSteps amendReason writtenByCoachId writtenAt`;
const NOTES = `query N($id: ID!) { session(id: $id) { id confidentialNotes { candidateId authorCoachId current { ${VERSION} } versions { version } } } }`;
const SUMMARIES = `query S($id: ID!) { session(id: $id) { id summaries { candidateId current { ${VERSION} } versions { version text amendReason } amended acknowledged acknowledgedVersion acknowledgedAt } } }`;
const WRITE_NOTE = `mutation W($input: WriteConfidentialNoteInput!) { writeConfidentialNote(input: $input) { candidateId current { version text } } }`;
const AMEND_NOTE = `mutation A($input: AmendConfidentialNoteInput!) { amendConfidentialNote(input: $input) { current { version text amendReason } versions { version text } } }`;
const WRITE_SUMMARY = `mutation W($input: WriteSessionSummaryInput!) { writeSessionSummary(input: $input) { current { version text nextSteps } amended acknowledged } }`;
const AMEND_SUMMARY = `mutation A($input: AmendSessionSummaryInput!) { amendSessionSummary(input: $input) { current { version text nextSteps amendReason } versions { version } amended acknowledged acknowledgedVersion } }`;
const ACK = `mutation K($sessionId: ID!, $version: Int!) { acknowledgeSessionSummary(sessionId: $sessionId, version: $version) { acknowledged acknowledgedVersion acknowledgedAt } }`;
const TEMPLATE = `query T($kind: SessionKind!, $type: SessionNoteType!, $language: String!) { sessionNoteTemplate(kind: $kind, type: $type, language: $language) { headings text nextStepsHeadings nextSteps } }`;

async function createCoach(name: string, email: string): Promise<string> {
  return (
    await service.ok(ops, `mutation C($input: CreateCoachInput!) { createCoach(input: $input) { id } }`, {
      input: {
        displayName: name,
        email,
        officeIds: [LYON],
        languages: ['fr'],
        specialties: ['DIRECT_REEMPLOYMENT', 'RETRAINING', 'BUSINESS_CREATION'],
        maxCaseload: 20,
        weeklyHours: weekdays('09:00', '18:00'),
      },
    })
  ).createCoach.id;
}

/** A session booked while the clock stood two weeks back, so it is now over. */
async function pastSession(candidateIds: string[], kind: string, daysBack: number, hour: number) {
  service.clock.pin(DateTime.now().minus({ days: 15 }).toJSDate());
  try {
    return (
      await service.ok(ops, BOOK, {
        input: {
          candidateIds,
          coachId: (author as { coachId: string }).coachId,
          kind,
          mode: 'PHONE',
          seatLimit: kind === 'GROUP_WORKSHOP' ? 6 : undefined,
          startsAt: workingDayAhead(-daysBack, hour).toISOString(),
        },
      })
    ).bookSession.id as string;
  } finally {
    service.clock.unpin();
  }
}

/** Who read the person's confidential notes, or was refused them, in order. */
const readsOf = async (candidateId: string) =>
  (
    await service.dataSource.query(
      `SELECT reader_subject, reader_role, outcome FROM session_note_read WHERE candidate_id = $1 ORDER BY read_at, id`,
      [candidateId],
    )
  ).map((row: { reader_subject: string; reader_role: string; outcome: string }) => [
    row.reader_subject,
    row.reader_role,
    row.outcome,
  ]);

beforeAll(async () => {
  service = await startScheduling('scheduling_session_notes');
  await service.ok(ops, `mutation O($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`, {
    input: {
      id: LYON,
      name: 'Lyon Part-Dieu',
      address: '12 rue de la République, 69002 Lyon',
      timeZone: 'Europe/Paris',
      openingHours: weekdays('08:00', '19:00'),
      bufferMinutes: 15,
      minimumNoticeMinutes: 120,
    },
  });
  author = coachAs(await createCoach('Camille', 'camille@lyon.passerelle.test'), 'coach-camille');
  await service.dataSource.query(
    `INSERT INTO programme_offices (programme_id, sponsor_id, office_ids, terms_at) VALUES ($1, $2, $3, now())`,
    [PROGRAMME, SPONSOR, [LYON]],
  );
  person = await service.seedCandidate(PROGRAMME, SPONSOR, [LYON]);
  successor = coachAs(await createCoach('Dominique', 'dominique@lyon.passerelle.test'), 'coach-dominique');
  held = await pastSession([person], 'FOLLOW_UP', 3, 10);
});

afterAll(async () => {
  await service?.stop();
});

describe('templates', () => {
  it('gives a coach the headings of a kind of session in French and English, prefilled as text', async () => {
    const fr = (await service.ok(author, TEMPLATE, { kind: 'FOLLOW_UP', type: 'SUMMARY', language: 'fr' }))
      .sessionNoteTemplate;
    expect(fr.headings).toEqual(['Où vous en êtes', 'Ce que nous avons travaillé']);
    expect(fr.text).toBe('Où vous en êtes\n\n\nCe que nous avons travaillé\n\n');
    expect(fr.nextStepsHeadings[0]).toBe('Vos actions d’ici notre prochain rendez-vous');
    const en = (
      await service.ok(author, TEMPLATE, { kind: 'DIAGNOSTIC', type: 'CONFIDENTIAL', language: 'en' })
    ).sessionNoteTemplate;
    expect(en.headings[0]).toBe('Background and skills');
    expect(en.nextStepsHeadings).toEqual([]);
    expect(en.nextSteps).toBeNull();
  });

  it('refuses a language it has no template in, naming the field, and anyone but a coach', async () => {
    expect(
      refusalOf(await service.gql(author, TEMPLATE, { kind: 'WELCOME', type: 'SUMMARY', language: 'de' })),
    ).toEqual({ code: 'BAD_USER_INPUT', fields: ['language'] });
    for (const caller of [personOf(person), ops])
      expect(
        codeOf(await service.gql(caller, TEMPLATE, { kind: 'WELCOME', type: 'SUMMARY', language: 'fr' })),
      ).toBe('FORBIDDEN');
  });
});

describe('writing, reading and amending', () => {
  it('waits for the session to take place', async () => {
    const body = await service.gql(author, WRITE_NOTE, {
      input: { sessionId: held, candidateId: person, text: 'Trop tôt' },
    });
    expect(refusalOf(body).code).toBe('SESSION_NOT_HELD');
    await service.ok(author, COMPLETE, { id: held });
  });

  it('lets the session coach write the note and the summary once each, with clear refusals', async () => {
    const note = (
      await service.ok(author, WRITE_NOTE, {
        input: { sessionId: held, candidateId: person, text: 'Fatigué, inquiet pour sa mobilité.' },
      })
    ).writeConfidentialNote;
    expect(note).toEqual({
      candidateId: person,
      current: { version: 1, text: 'Fatigué, inquiet pour sa mobilité.' },
    });
    const summary = (
      await service.ok(author, WRITE_SUMMARY, {
        input: {
          sessionId: held,
          candidateId: person,
          text: 'Où vous en êtes\n\nVotre CV est à jour.',
          nextSteps: 'Envoyer trois candidatures.',
        },
      })
    ).writeSessionSummary;
    expect(summary).toEqual({
      current: {
        version: 1,
        text: 'Où vous en êtes\n\nVotre CV est à jour.',
        nextSteps: 'Envoyer trois candidatures.',
      },
      amended: false,
      acknowledged: false,
    });

    const again = await service.gql(author, WRITE_NOTE, {
      input: { sessionId: held, candidateId: person, text: 'Autre chose' },
    });
    expect(refusalOf(again).code).toBe('NOTE_ALREADY_WRITTEN');
    expect(
      refusalOf(
        await service.gql(author, WRITE_NOTE, {
          input: { sessionId: held, candidateId: person, text: '   ' },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', fields: ['text'] });
    expect(
      refusalOf(
        await service.gql(author, WRITE_SUMMARY, {
          input: { sessionId: held, candidateId: randomUUID(), text: 'x', nextSteps: 'y' },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', fields: 'candidateId' });
    expect(
      refusalOf(
        await service.gql(author, WRITE_SUMMARY, {
          input: { sessionId: held, candidateId: person, text: 'x', nextSteps: '' },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', fields: ['nextSteps'] });
    // Another coach does not see the session; ops see it but do not write.
    expect(
      codeOf(
        await service.gql(successor, WRITE_NOTE, {
          input: { sessionId: held, candidateId: person, text: 'x' },
        }),
      ),
    ).toBe('SESSION_NOT_FOUND');
    expect(
      codeOf(
        await service.gql(ops, WRITE_NOTE, { input: { sessionId: held, candidateId: person, text: 'x' } }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('shows the confidential note to its author only, recording each read and each refusal', async () => {
    const mine = (await service.ok(author, NOTES, { id: held })).session.confidentialNotes;
    expect(mine).toEqual([
      expect.objectContaining({
        candidateId: person,
        authorCoachId: (author as { coachId: string }).coachId,
      }),
    ]);
    for (const caller of [personOf(person), ops]) {
      const body = await service.gql(caller, NOTES, { id: held });
      expect(codeOf(body)).toBe('NOTE_CONFIDENTIAL');
      expect(body.errors[0].path).toEqual(['session', 'confidentialNotes']);
      expect(body.data.session).toEqual({ id: held, confidentialNotes: null });
    }
    // Another coach does not even see the session.
    expect((await service.ok(successor, NOTES, { id: held })).session).toBeNull();
    expect(await readsOf(person)).toEqual([
      ['coach-camille', 'coach', 'read'],
      [`p-${person}`, 'candidate', 'refused'],
      ['ops-lyon', 'ops', 'refused'],
    ]);
  });

  it('shows the summary to the person and their coach, not to ops', async () => {
    const seen = (await service.ok(personOf(person), SUMMARIES, { id: held })).session.summaries;
    expect(seen).toEqual([
      expect.objectContaining({
        candidateId: person,
        amended: false,
        acknowledged: false,
        acknowledgedVersion: null,
      }),
    ]);
    expect((await service.ok(author, SUMMARIES, { id: held })).session.summaries).toHaveLength(1);
    const refused = await service.gql(ops, SUMMARIES, { id: held });
    expect(codeOf(refused)).toBe('SUMMARY_PRIVATE');
    expect(refused.data.session.summaries).toBeNull();
  });

  it('lets a coach taking over the caseload read the summaries, never the confidential note', async () => {
    await service.dataSource.query(
      `INSERT INTO candidate_coach (candidate_id, coach_id, assigned_at) VALUES ($1, $2, now())
       ON CONFLICT (candidate_id) DO UPDATE SET coach_id = EXCLUDED.coach_id, assigned_at = EXCLUDED.assigned_at`,
      [person, (successor as { coachId: string }).coachId],
    );
    const entities = (fields: string) =>
      `query E($r: [_Any!]!) { _entities(representations: $r) { ... on Candidate { sessions { id ${fields} } } } }`;
    const r = [{ __typename: 'Candidate', id: person }];
    const summaries = (await service.ok(successor, entities('summaries { candidateId }'), { r }))._entities[0]
      .sessions;
    expect(summaries).toEqual([{ id: held, summaries: [{ candidateId: person }] }]);
    const notes = await service.gql(successor, entities('confidentialNotes { candidateId }'), { r });
    expect(codeOf(notes)).toBe('NOTE_CONFIDENTIAL');
    expect((await readsOf(person)).at(-1)).toEqual(['coach-dominique', 'coach', 'refused']);
    // Nor may they amend what they did not write.
    expect(
      codeOf(
        await service.gql(successor, AMEND_SUMMARY, {
          input: { sessionId: held, candidateId: person, text: 'x', nextSteps: 'y', reason: 'reprise' },
        }),
      ),
    ).toBe('NOTE_AUTHOR_ONLY');
  });

  it('amends by new versions, kept as written; the person acknowledges the current one', async () => {
    const first = (await service.ok(personOf(person), ACK, { sessionId: held, version: 1 }))
      .acknowledgeSessionSummary;
    expect(first).toEqual({ acknowledged: true, acknowledgedVersion: 1, acknowledgedAt: expect.any(String) });

    const amended = (
      await service.ok(author, AMEND_SUMMARY, {
        input: {
          sessionId: held,
          candidateId: person,
          text: 'Où vous en êtes\n\nVotre CV est à jour ; la lettre reste à reprendre.',
          nextSteps: 'Envoyer trois candidatures.',
          reason: 'Oubli de la lettre de motivation',
        },
      })
    ).amendSessionSummary;
    expect(amended).toEqual({
      current: {
        version: 2,
        text: 'Où vous en êtes\n\nVotre CV est à jour ; la lettre reste à reprendre.',
        nextSteps: 'Envoyer trois candidatures.',
        amendReason: 'Oubli de la lettre de motivation',
      },
      versions: [{ version: 1 }, { version: 2 }],
      amended: true,
      acknowledged: false,
      acknowledgedVersion: 1,
    });
    // The person sees that it was amended, why, and the first version as it was.
    const seen = (await service.ok(personOf(person), SUMMARIES, { id: held })).session.summaries[0];
    expect(seen.versions).toEqual([
      { version: 1, text: 'Où vous en êtes\n\nVotre CV est à jour.', amendReason: null },
      expect.objectContaining({ version: 2, amendReason: 'Oubli de la lettre de motivation' }),
    ]);

    const stale = await service.gql(personOf(person), ACK, { sessionId: held, version: 1 });
    expect(refusalOf(stale)).toEqual({ code: 'SUMMARY_AMENDED', fields: 'version' });
    expect(stale.errors[0].extensions.currentVersion).toBe(2);
    expect(refusalOf(await service.gql(personOf(person), ACK, { sessionId: held, version: 5 }))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: 'version',
    });
    const second = (await service.ok(personOf(person), ACK, { sessionId: held, version: 2 }))
      .acknowledgeSessionSummary;
    expect(second).toMatchObject({ acknowledged: true, acknowledgedVersion: 2 });
    const again = (await service.ok(personOf(person), ACK, { sessionId: held, version: 2 }))
      .acknowledgeSessionSummary;
    expect(again.acknowledgedAt).toBe(second.acknowledgedAt);
    expect(codeOf(await service.gql(author, ACK, { sessionId: held, version: 2 }))).toBe('FORBIDDEN');

    const note = (
      await service.ok(author, AMEND_NOTE, {
        input: {
          sessionId: held,
          candidateId: person,
          text: 'Fatigué ; mobilité à revoir.',
          reason: 'précision',
        },
      })
    ).amendConfidentialNote;
    expect(note.versions).toEqual([
      { version: 1, text: 'Fatigué, inquiet pour sa mobilité.' },
      { version: 2, text: 'Fatigué ; mobilité à revoir.' },
    ]);
    expect(
      refusalOf(
        await service.gql(author, AMEND_NOTE, {
          input: {
            sessionId: held,
            candidateId: person,
            text: 'Fatigué ; mobilité à revoir.',
            reason: 'rien',
          },
        }),
      ).code,
    ).toBe('NOTE_UNCHANGED');
    expect(
      refusalOf(
        await service.gql(author, AMEND_NOTE, {
          input: { sessionId: held, candidateId: person, text: 'x', reason: 'no' },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', fields: ['reason'] });
    // Never silently rewritten: the database itself refuses to change a version.
    await expect(
      service.dataSource.query(`UPDATE session_note_version SET text = 'réécrit' WHERE version = 1`),
    ).rejects.toThrow(/kept as written/);
  });

  it('takes a confidential note on a no-show, but no summary', async () => {
    const missed = await pastSession([person], 'DIAGNOSTIC', 4, 14);
    await service.ok(author, `mutation M($id: ID!) { markNoShow(sessionId: $id) { status } }`, {
      id: missed,
    });
    expect(
      codeOf(
        await service.gql(author, WRITE_SUMMARY, {
          input: { sessionId: missed, candidateId: person, text: 'x', nextSteps: 'y' },
        }),
      ),
    ).toBe('PERSON_DID_NOT_ATTEND');
    await service.ok(author, WRITE_NOTE, {
      input: { sessionId: missed, candidateId: person, text: 'Absent, deux appels sans réponse.' },
    });
  });

  it('puts every note and summary in the person’s export, and erases them with the person', async () => {
    const exported = await service.app.get(ExportPersonalDataHandler).execute({
      candidateId: person,
      requestedBy: `p-${person}`,
      requestedByRole: 'candidate',
    });
    const section = (name: string) => exported.sections.find((s) => s.name === name)?.records ?? [];
    expect(
      section('sessionNotes')
        .map((n) => n.type)
        .sort(),
    ).toEqual(['confidential', 'confidential', 'summary']);
    expect(section('sessionNoteVersions').map((v) => v.text)).toContain('Fatigué, inquiet pour sa mobilité.');
    expect(section('sessionNoteVersions')).toHaveLength(5);
    // Handing the confidential notes over is a read like any other, recorded before the answer.
    expect((await readsOf(person)).slice(-2)).toEqual([
      [`p-${person}`, 'candidate', 'exported'],
      [`p-${person}`, 'candidate', 'exported'],
    ]);
    expect(section('sessionNoteReads')).toHaveLength(6);

    const event = createEvent('CandidateErased.v1', person, {
      candidateId: person,
      erasedAt: new Date().toISOString(),
    }) as EventOf<'CandidateErased.v1'>;
    await service.dataSource.transaction((manager) =>
      service.app.get(CandidateErasureConsumer).onErased(event, new InboxContext([event, manager])),
    );
    const [left] = await service.dataSource.query(
      `SELECT (SELECT count(*)::int FROM session_note WHERE candidate_id = $1) AS notes,
              (SELECT count(*)::int FROM session_note_version) AS versions,
              (SELECT count(*)::int FROM session_note_read WHERE candidate_id = $1) AS reads`,
      [person],
    );
    expect(left).toEqual({ notes: 0, versions: 0, reads: 0 });
  });
});
