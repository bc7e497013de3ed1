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
  phone: string | null;
  site: string | null;
  occupationCodeSource: 'GIVEN' | 'TITLE' | null;
  hireDate: string | null;
  seniorityYears: number | null;
  contractEndDate: string | null;
  homeCommuneCode: string | null;
  homePostcode: string | null;
}

export interface ProgrammeObject {
  id: string;
  name: string;
  sponsorId: string;
  officeIds: string[];
  createdAt: Date;
  status: 'DRAFT' | 'CONTRACTED' | 'CLOSED';
  type: string | null;
  sites: string[];
  headcount: number | null;
  startDate: string | null;
  durationMonths: number | null;
  sessionBudgetPerPerson: number | null;
  outcomeTargets: { category: string; sharePercent: number }[];
  amendedAt: Date | null;
  closedAt: Date | null;
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
  phone: row.phone ?? null,
  site: row.site ?? null,
  occupationCodeSource: row.occupationCodeSource
    ? (row.occupationCodeSource.toUpperCase() as 'GIVEN' | 'TITLE')
    : null,
  hireDate: row.hireDate ?? null,
  seniorityYears: row.seniorityYears ?? null,
  contractEndDate: row.contractEndDate ?? null,
  homeCommuneCode: row.homeCommuneCode ?? null,
  homePostcode: row.homePostcode ?? null,
});

export const toProgrammeObject = (row: ProgrammeEntity): ProgrammeObject => ({
  id: row.id,
  name: row.name,
  sponsorId: row.sponsorId,
  officeIds: row.officeIds,
  createdAt: row.createdAt,
  status: row.status.toUpperCase() as ProgrammeObject['status'],
  type: row.type?.toUpperCase() ?? null,
  sites: row.sites,
  headcount: row.headcount,
  startDate: row.startDate,
  durationMonths: row.durationMonths,
  sessionBudgetPerPerson: row.sessionBudgetPerPerson,
  outcomeTargets: row.outcomeTargets.map((target) => ({
    category: target.category.toUpperCase(),
    sharePercent: target.sharePercent,
  })),
  amendedAt: row.amendedAt,
  closedAt: row.closedAt,
});

export const toSponsorObject = (row: SponsorEntity): SponsorObject => ({ id: row.id, name: row.name });
