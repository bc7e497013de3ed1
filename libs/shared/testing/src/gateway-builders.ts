import { randomUUID } from 'node:crypto';
import type { AnyData, GraphQLClient } from './graphql-client';
import { waitFor } from './wait-for';

// The set-ups the end-to-end specs repeat, made through the API as ops would make them. Each
// builder asks only for what its mutation requires and sends nothing else unless told: a test
// states every value its assertions depend on.

export type WorkingHours = { weekday: number; start: string; end: string }[];

/** Monday to Friday, the same hours each day. */
export const weekdays = (start = '08:00', end = '19:00'): WorkingHours =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

export interface OfficeInput {
  id: string;
  name?: string;
  address?: string;
  timeZone?: string;
  openingHours?: WorkingHours;
  bufferMinutes?: number;
  minimumNoticeMinutes?: number;
}

/** An office in scheduling (Lyon Part-Dieu, open 08:00-19:00 on weekdays, unless told). */
export async function createOffice(ops: GraphQLClient, office: OfficeInput): Promise<string> {
  const input = {
    name: 'Lyon Part-Dieu',
    address: '12 rue de la République, 69002 Lyon',
    timeZone: 'Europe/Paris',
    openingHours: weekdays(),
    ...office,
  };
  const created = await ops.ok<{ createOffice: { id: string } }>(
    `mutation O($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`,
    { input },
  );
  return created.createOffice.id;
}

export async function createRoom(
  ops: GraphQLClient,
  room: { officeId: string; name: string; capacity: number; equipment?: string[] },
): Promise<string> {
  const created = await ops.ok<{ createRoom: { id: string } }>(
    `mutation R($input: CreateRoomInput!) { createRoom(input: $input) { id } }`,
    { input: room },
  );
  return created.createRoom.id;
}

export interface CoachInput {
  id?: string;
  displayName?: string;
  email?: string;
  officeIds: string[];
  languages?: string[];
  specialties?: string[];
  maxCaseload?: number;
  weeklyHours?: WorkingHours;
}

/**
 * A coach (French-speaking, direct re-employment, 10 people, 08:00-19:00 on weekdays, and a work
 * address of their own, since no two coaches share one, unless told).
 */
export async function createCoach(ops: GraphQLClient, coach: CoachInput): Promise<string> {
  const input = {
    displayName: 'Coach',
    email: `coach-${randomUUID()}@passerelle.test`,
    languages: ['fr'],
    specialties: ['DIRECT_REEMPLOYMENT'],
    maxCaseload: 10,
    weeklyHours: weekdays(),
    ...coach,
  };
  const created = await ops.ok<{ createCoach: { id: string } }>(
    `mutation C($input: CreateCoachInput!) { createCoach(input: $input) { id } }`,
    { input },
  );
  return created.createCoach.id;
}

export async function createSponsor(ops: GraphQLClient, name: string): Promise<string> {
  const created = await ops.ok<{ createSponsor: { id: string } }>(
    `mutation S($input: CreateSponsorInput!) { createSponsor(input: $input) { id } }`,
    { input: { name } },
  );
  return created.createSponsor.id;
}

export interface ProgrammeInput {
  sponsorId: string;
  name: string;
  officeIds: string[];
  /** With terms the programme is contracted, and pathway and scheduling hear of it. */
  terms?: Record<string, unknown>;
}

export async function createProgramme(
  ops: GraphQLClient,
  programme: ProgrammeInput,
): Promise<{ id: string; status: string }> {
  const created = await ops.ok<{ createProgramme: { id: string; status: string } }>(
    `mutation P($input: CreateProgrammeInput!) { createProgramme(input: $input) { id status } }`,
    { input: programme },
  );
  return created.createProgramme;
}

/** A sponsor and one programme of theirs. */
export async function setUpProgramme(
  ops: GraphQLClient,
  programme: Omit<ProgrammeInput, 'sponsorId'> & { sponsorName: string },
): Promise<{ sponsorId: string; programmeId: string; status: string }> {
  const { sponsorName, ...rest } = programme;
  const sponsorId = await createSponsor(ops, sponsorName);
  const { id, status } = await createProgramme(ops, { ...rest, sponsorId });
  return { sponsorId, programmeId: id, status };
}

export interface PersonInput {
  programmeId: string;
  employeeNumber?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  formerJobTitle?: string;
  formerOccupationCode?: string;
  languages?: string[];
}

/** Enrols a person in a programme; an employee number and an address of their own unless told. */
export async function enrol(ops: GraphQLClient, person: PersonInput): Promise<string> {
  const employeeNumber = person.employeeNumber ?? `E-${randomUUID().slice(0, 8)}`;
  const input = {
    firstName: 'Prénom',
    lastName: 'Nom',
    email: `${employeeNumber.toLowerCase()}@example.org`,
    ...person,
    employeeNumber,
  };
  const enrolled = await ops.ok<{ enrollCandidate: { id: string } }>(
    `mutation E($input: EnrollCandidateInput!) { enrollCandidate(input: $input) { id } }`,
    { input },
  );
  return enrolled.enrollCandidate.id;
}

/** Waits for scheduling to assign the person a coach (it hears of the enrolment through Kafka). */
export async function coachAssignedTo(
  ops: GraphQLClient,
  candidateId: string,
  timeoutMs = 60_000,
): Promise<string> {
  return waitFor(
    async () =>
      (
        await ops.request<{ candidate: { coach: { id: string } | null } | null }>(
          `query Q($id: ID!) { candidate(id: $id) { coach { id } } }`,
          { id: candidateId },
        )
      ).body.data?.candidate?.coach?.id,
    { what: `a coach assigned to ${candidateId}`, timeoutMs },
  );
}

/** Books a session (`bookSession`) and returns the fields asked for (`id` unless told). */
export async function bookSession<T = AnyData>(
  client: GraphQLClient,
  input: Record<string, unknown>,
  fields = 'id',
): Promise<T> {
  const booked = await client.ok<{ bookSession: T }>(
    `mutation B($input: BookSessionInput!) { bookSession(input: $input) { ${fields} } }`,
    { input },
  );
  return booked.bookSession;
}
