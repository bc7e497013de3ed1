import type { CandidateEntity, ProgrammeEntity, SponsorEntity } from '@passerelle/intake/data-access';

/** GraphQL shapes, kept apart from the tables so the public schema does not follow every column. */
export interface CandidateObject {
  id: string;
  programmeId: string;
  employeeNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  formerJobTitle: string | null;
  formerOccupationCode: string | null;
  languages: string[];
  status: 'INVITED' | 'ACTIVE' | 'PAUSED' | 'PLACED' | 'EXITED';
  enrolledAt: Date;
}

export interface ProgrammeObject {
  id: string;
  name: string;
  sponsorId: string;
  officeIds: string[];
  createdAt: Date;
}

export interface SponsorObject {
  id: string;
  name: string;
}

export const toCandidateObject = (row: CandidateEntity): CandidateObject => ({
  id: row.id,
  programmeId: row.programmeId,
  employeeNumber: row.employeeNumber,
  firstName: row.firstName,
  lastName: row.lastName,
  email: row.email,
  formerJobTitle: row.formerJobTitle,
  formerOccupationCode: row.formerOccupationCode,
  languages: row.languages,
  status: row.status.toUpperCase() as CandidateObject['status'],
  enrolledAt: row.enrolledAt,
});

export const toProgrammeObject = (row: ProgrammeEntity): ProgrammeObject => ({
  id: row.id,
  name: row.name,
  sponsorId: row.sponsorId,
  officeIds: row.officeIds,
  createdAt: row.createdAt,
});

export const toSponsorObject = (row: SponsorEntity): SponsorObject => ({ id: row.id, name: row.name });
