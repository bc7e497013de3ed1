import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import { createEvent } from '@passerelle/shared/messaging';
import { dataOf, waitFor } from '@passerelle/shared/testing';
import {
  startIntakeTestService,
  type GraphQLResult,
  type IntakeTestService,
} from './test/intake-test-service';

// Intake resolves no job title (issue 19, item 1): it sends the title as HR wrote it on
// CandidateEnrolled, and keeps matching's answer (FormerOccupationResolved) on the person, beside
// any code HR gave, which comes first; a late, older answer changes nothing.

const OFFICE = randomUUID();
const ops: Identity = { subject: 'ops', role: 'ops', officeIds: [OFFICE], allOffices: false };

let intake: IntakeTestService;
let programmeId: string;
const ok = <T>(result: GraphQLResult<T>): T => dataOf(result);

const READ = `query C($id: ID!) { candidate(id: $id) { formerJobTitle formerOccupationCode occupationCodeSource } }`;
type Read = {
  candidate: {
    formerJobTitle: string | null;
    formerOccupationCode: string | null;
    occupationCodeSource: string | null;
  };
};

async function enrol(
  employeeNumber: string,
  formerJobTitle: string,
  formerOccupationCode?: string,
): Promise<string> {
  const { enrollCandidate } = ok(
    await intake.call<{ enrollCandidate: { id: string } }>(
      ops,
      `mutation E($input: EnrollCandidateInput!) { enrollCandidate(input: $input) { id } }`,
      {
        input: {
          programmeId,
          employeeNumber,
          firstName: 'Awa',
          lastName: 'Diallo',
          email: `${employeeNumber.toLowerCase()}@acme.example`,
          languages: ['fr'],
          formerJobTitle,
          ...(formerOccupationCode ? { formerOccupationCode } : {}),
        },
      },
    ),
  );
  return enrollCandidate.id;
}

const resolved = (
  candidateId: string,
  romeCode: string,
  how: 'automatic' | 'confirmed',
  resolvedAt: string,
) =>
  intake.publish(
    createEvent('FormerOccupationResolved.v1', candidateId, {
      candidateId,
      programmeId,
      romeCode,
      how,
      confidence: how === 'confirmed' ? 1 : 0.93,
      resolvedAt,
    }),
  );

const read = async (id: string) => ok(await intake.call<Read>(ops, READ, { id })).candidate;

beforeAll(async () => {
  intake = await startIntakeTestService('intake_former_occupation');
  const { createSponsor } = ok(
    await intake.call<{ createSponsor: { id: string } }>(
      ops,
      `mutation { createSponsor(input: { name: "Acme" }) { id } }`,
    ),
  );
  const { createProgramme } = ok(
    await intake.call<{ createProgramme: { id: string } }>(
      ops,
      `mutation P($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
      {
        input: {
          sponsorId: createSponsor.id,
          name: 'PSE Acme 2026',
          officeIds: [OFFICE],
          terms: {
            type: 'PSE',
            sites: ['Lyon'],
            headcount: 2,
            startDate: '2026-03-02',
            durationMonths: 12,
            sessionBudgetPerPerson: 20,
            outcomeTargets: [],
          },
        },
      },
    ),
  );
  programmeId = createProgramme.id;
});

afterAll(async () => {
  await intake?.stop();
});

describe("the former occupation, matching's answer", () => {
  it('sends the title as written, keeps the code matching resolved, the confirmed one after it, never an older one', async () => {
    const id = await enrol('T-001', 'Resp. logistique');
    const [enrolled] = (
      await intake.sql.query<{ envelope: { payload: Record<string, unknown> } }>(
        `SELECT envelope FROM outbox_message WHERE event_type = 'CandidateEnrolled.v1' AND message_key = $1`,
        [id],
      )
    ).rows;
    expect(enrolled!.envelope.payload).toMatchObject({
      formerJobTitle: 'Resp. logistique',
      formerOccupationCode: null,
    });
    expect(await read(id)).toEqual({
      formerJobTitle: 'Resp. logistique',
      formerOccupationCode: null,
      occupationCodeSource: null,
    });

    await resolved(id, 'N1301', 'automatic', '2026-06-10T09:00:00.000Z');
    await waitFor(async () => ((await read(id)).formerOccupationCode === 'N1301' ? true : undefined), {
      what: "matching's automatic answer on the person",
    });
    expect((await read(id)).occupationCodeSource).toBe('TITLE');

    await resolved(id, 'N1303', 'confirmed', '2026-06-11T09:00:00.000Z');
    await waitFor(async () => ((await read(id)).occupationCodeSource === 'CONFIRMED' ? true : undefined), {
      what: "the coach's confirmation on the person",
    });
    expect((await read(id)).formerOccupationCode).toBe('N1303');

    // An older answer arriving late (once the inbox has taken it) leaves the confirmed code.
    const late = createEvent('FormerOccupationResolved.v1', id, {
      candidateId: id,
      programmeId,
      romeCode: 'K2111',
      how: 'automatic',
      confidence: 0.9,
      resolvedAt: '2026-06-09T09:00:00.000Z',
    });
    await intake.publish(late);
    await waitFor(
      async () =>
        (await intake.sql.query(`SELECT 1 FROM inbox_message WHERE event_id = $1`, [late.eventId]))
          .rowCount === 1
          ? true
          : undefined,
      { what: 'the late answer taken by the inbox' },
    );
    expect(await read(id)).toEqual({
      formerJobTitle: 'Resp. logistique',
      formerOccupationCode: 'N1303',
      occupationCodeSource: 'CONFIRMED',
    });
    // HR's own code comes first, whatever matching says.
    const given = await enrol('T-002', 'Cariste', 'N1101');
    await resolved(given, 'N1103', 'automatic', '2026-06-12T09:00:00.000Z');
    await waitFor(
      async () =>
        (
          await intake.sql.query(
            `SELECT 1 FROM candidate WHERE id = $1 AND resolved_occupation_code IS NOT NULL`,
            [given],
          )
        ).rowCount === 1
          ? true
          : undefined,
      { what: "matching's answer for the person with a given code" },
    );
    expect(await read(given)).toMatchObject({ formerOccupationCode: 'N1101', occupationCodeSource: 'GIVEN' });
  });

  it('drops an automatic code matching withdraws (the context changed), never a confirmed one, nor for an older withdrawal', async () => {
    const withdrawn = (candidateId: string, withdrawnAt: string) =>
      createEvent('FormerOccupationWithdrawn.v1', candidateId, { candidateId, programmeId, withdrawnAt });
    const taken = (eventId: string) =>
      waitFor(
        async () =>
          (await intake.sql.query(`SELECT 1 FROM inbox_message WHERE event_id = $1`, [eventId])).rowCount ===
          1
            ? true
            : undefined,
        { what: 'the withdrawal taken by the inbox' },
      );
    const auto = await enrol('T-003', 'Opératrice de production');
    await resolved(auto, 'H2105', 'automatic', '2026-06-10T09:00:00.000Z');
    await waitFor(async () => ((await read(auto)).formerOccupationCode === 'H2105' ? true : undefined), {
      what: "matching's automatic answer",
    });
    // A withdrawal older than the answer changes nothing; a later one drops the code.
    const older = withdrawn(auto, '2026-06-09T09:00:00.000Z');
    await intake.publish(older);
    await taken(older.eventId);
    expect((await read(auto)).formerOccupationCode).toBe('H2105');
    await intake.publish(withdrawn(auto, '2026-06-11T09:00:00.000Z'));
    await waitFor(async () => ((await read(auto)).formerOccupationCode === null ? true : undefined), {
      what: 'the automatic code withdrawn',
    });
    expect(await read(auto)).toEqual({
      formerJobTitle: 'Opératrice de production',
      formerOccupationCode: null,
      occupationCodeSource: null,
    });
    // The next answer after it applies.
    await resolved(auto, 'H2909', 'confirmed', '2026-06-12T09:00:00.000Z');
    await waitFor(async () => ((await read(auto)).occupationCodeSource === 'CONFIRMED' ? true : undefined), {
      what: 'the coach’s answer after the withdrawal',
    });
    // A coach's answer is not withdrawn.
    const afterConfirmation = withdrawn(auto, '2026-06-13T09:00:00.000Z');
    await intake.publish(afterConfirmation);
    await taken(afterConfirmation.eventId);
    expect((await read(auto)).formerOccupationCode).toBe('H2909');
  });
});
