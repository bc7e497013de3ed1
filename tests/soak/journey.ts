// What people do through the gateway during the run: ops set up an office, coaches and a contracted
// programme, upload the HR file, and book a first meeting for a sample of the people while the
// rest of the file flows through the services.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DateTime } from 'luxon';
import { officeHolidays } from '@passerelle/scheduling/domain';
import {
  bearer,
  createCoach,
  createOffice,
  setUpProgramme,
  weekdays,
  type GraphQLClient,
} from '@passerelle/shared/testing';

export interface Programme {
  officeId: string;
  sponsorId: string;
  programmeId: string;
  coaches: string[];
}

export async function setUpTheProgramme(
  ops: GraphQLClient,
  coaches: number,
  headcount: number,
  sponsor: { sponsorName: string; name: string } = {
    sponsorName: 'Acme Industrie',
    name: 'PSE Acme Rhône (soak)',
  },
): Promise<Programme> {
  const officeId = randomUUID();
  await createOffice(ops, {
    id: officeId,
    openingHours: weekdays('08:00', '19:00'),
    minimumNoticeMinutes: 60,
  });
  const coachIds: string[] = [];
  for (let i = 0; i < coaches; i++) {
    coachIds.push(
      await createCoach(ops, { displayName: `Conseillère ${i + 1}`, officeIds: [officeId], maxCaseload: 10 }),
    );
  }
  const { sponsorId, programmeId } = await setUpProgramme(ops, {
    ...sponsor,
    officeIds: [officeId],
    terms: {
      type: 'PSE',
      sites: ['Lyon Gerland', 'Villeurbanne', 'Saint-Étienne', 'Vénissieux'],
      headcount,
      startDate: DateTime.now().toISODate(),
      durationMonths: 12,
      sessionBudgetPerPerson: 18,
      outcomeTargets: [{ category: 'PERMANENT_CONTRACT', sharePercent: 50 }],
    },
  });
  return { officeId, sponsorId, programmeId, coaches: coachIds };
}

/** The upload as the console sends it (GraphQL multipart request); the import batch's id. */
export async function uploadFile(
  gatewayUrl: string,
  token: string,
  programmeId: string,
  file: Buffer,
): Promise<string> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      query: `mutation Import($input: ImportCandidatesInput!) { importCandidates(input: $input) { id } }`,
      variables: { input: { programmeId, file: null } },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', new Blob([file], { type: 'text/csv' }), 'salariés-acme-rhône.csv');
  const response = await fetch(gatewayUrl, { method: 'POST', headers: bearer(token), body: form });
  const body = (await response.json()) as { data?: { importCandidates: { id: string } }; errors?: unknown };
  if (!body.data) throw new Error(`the upload was refused: ${JSON.stringify(body.errors)}`);
  return body.data.importCandidates.id;
}

export interface BatchState {
  status: string;
  rowsEnrolled: number;
  rowsRejected: number;
  rowsTotal: number | null;
}

export async function batchState(ops: GraphQLClient, batchId: string): Promise<BatchState> {
  const { importBatch } = await ops.ok<{ importBatch: BatchState }>(
    `query B($id: ID!) { importBatch(id: $id) { status rowsEnrolled rowsRejected rowsTotal } }`,
    { id: batchId },
  );
  return importBatch;
}

/** The `days`-th working day from today in Lyon (no weekend, no French public holiday), at midnight. */
function lyonDay(days: number): DateTime {
  let day = DateTime.now().setZone('Europe/Paris').startOf('day');
  const closed = officeHolidays({ frenchPublicHolidays: true, extraHolidays: [] }, [day.year, day.year + 1]);
  for (let left = days; left > 0;) {
    day = day.plus({ days: 1 });
    if (day.weekday <= 5 && !closed.has(day.toFormat('yyyy-MM-dd'))) left--;
  }
  return day;
}

export interface Booking {
  candidateId: string;
  sessionId: string;
}

/**
 * A first meeting for each person of the sample with a coach assigned to them (scheduling knows
 * who once it has applied their enrolment: until then the booking is refused and tried again).
 * Sessions of an hour every hour and a half from 09:00, on the coming working days.
 */
export async function bookFirstMeetings(
  ops: GraphQLClient,
  sample: readonly { candidateId: string; coachId: string }[],
  timeoutMs: number,
): Promise<{ bookings: Booking[]; refusals: Record<string, number> }> {
  const bookings: Booking[] = [];
  const refusals: Record<string, number> = {};
  const perCoach = new Map<string, number>();
  const deadline = Date.now() + timeoutMs;
  for (const { candidateId, coachId } of sample) {
    const slot = perCoach.get(coachId) ?? 0;
    perCoach.set(coachId, slot + 1);
    const startsAt = lyonDay(1 + Math.floor(slot / 6))
      .plus({ minutes: 9 * 60 + (slot % 6) * 90 })
      .toUTC()
      .toISO();
    for (;;) {
      const answer = await ops.request<{ bookSession: { id: string } }>(
        `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id } }`,
        { input: { candidateIds: [candidateId], coachId, kind: 'FOLLOW_UP', mode: 'VIDEO', startsAt } },
      );
      if (answer.body.data?.bookSession) {
        bookings.push({ candidateId, sessionId: answer.body.data.bookSession.id });
        break;
      }
      const code = String(answer.body.errors?.[0]?.extensions?.['code'] ?? answer.status);
      refusals[code] = (refusals[code] ?? 0) + 1;
      if (Date.now() > deadline) break;
      await sleep(500);
    }
  }
  return { bookings, refusals };
}
