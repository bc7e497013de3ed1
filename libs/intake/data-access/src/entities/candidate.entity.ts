import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CandidateStatus } from '@passerelle/shared/contracts';
import type { Sex, SocioProfessionalCategory } from '@passerelle/intake/domain';

export { CANDIDATE_STATUSES, type CandidateStatus } from '@passerelle/shared/contracts';
/** 'given': HR wrote the ROME code; 'title' / 'confirmed': matching resolved the title, alone or with the coach. */
export type OccupationCodeSource = 'given' | 'title' | 'confirmed';

/** PostgreSQL returns numeric as text; the record holds a number. */
const decimalYears = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** A person in a programme. Identity and contact live here only; events carry the id. */
@Entity({ name: 'candidate' })
@Check('candidate_resolved_occupation_how', `"resolved_occupation_how" IN ('automatic', 'confirmed')`)
@Check('candidate_sex_check', `"sex" IN ('female', 'male')`)
@Check(
  'candidate_socio_professional_category_check',
  `"socio_professional_category" IN ('ouvrier', 'employe', 'technicien_agent_de_maitrise', 'cadre')`,
)
@Index('candidate_employee_number_per_sponsor', ['sponsorId', 'employeeNumber'], { unique: true })
@Index('candidate_email_per_sponsor', ['sponsorId', 'email'])
// The people list's indexes, on expressions TypeORM cannot describe (migration 1763900017000).
@Index('candidate_people_search', { synchronize: false })
@Index('candidate_people_by_name', { synchronize: false })
@Index('candidate_people_by_enrolment', ['programmeId', 'enrolledAt', 'id'])
export class CandidateEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'uuid' })
  sponsorId!: string;

  @Column({ type: 'text' })
  employeeNumber!: string;

  @Column({ type: 'text' })
  firstName!: string;

  @Column({ type: 'text' })
  lastName!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', nullable: true })
  formerJobTitle!: string | null;

  @Column({ type: 'text', nullable: true })
  formerOccupationCode!: string | null;

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'text' })
  status!: CandidateStatus;

  @Column({ type: 'timestamptz' })
  enrolledAt!: Date;

  // The record's other fields (intake issue, item 2); optional so a single enrolment may omit them.
  @Column({ type: 'text', nullable: true })
  phone?: string | null;

  @Column({ type: 'text', nullable: true })
  site?: string | null;

  /** The HR file's service column as written (decision 0039). */
  @Column({ type: 'text', nullable: true })
  service?: string | null;

  /** 'given' when HR wrote the ROME code (`formerOccupationCode` holds only HR's code). */
  @Column({ type: 'text', nullable: true })
  occupationCodeSource?: OccupationCodeSource | null;

  /** The code matching resolved the former job title to (FormerOccupationResolved), when HR gave none. */
  @Column({ type: 'text', nullable: true })
  resolvedOccupationCode?: string | null;

  @Column({ type: 'text', nullable: true })
  resolvedOccupationHow?: 'automatic' | 'confirmed' | null;

  /** When matching resolved it: a later answer wins, an older one arriving late is ignored. */
  @Column({ type: 'timestamptz', nullable: true })
  resolvedOccupationAt?: Date | null;

  @Column({ type: 'date', nullable: true })
  hireDate?: string | null;

  @Column({ type: 'numeric', precision: 3, scale: 1, nullable: true, transformer: decimalYears })
  seniorityYears?: number | null;

  @Column({ type: 'date', nullable: true })
  contractEndDate?: string | null;

  /** INSEE commune code (the employment area is derived from it), or the postcode when HR gave only that. */
  @Column({ type: 'text', nullable: true })
  homeCommuneCode?: string | null;

  @Column({ type: 'text', nullable: true })
  homePostcode?: string | null;

  /** yyyy-mm-dd. Confidential: never shown through GraphQL nor sent in an event; only its age band leaves. */
  @Column({ type: 'date', nullable: true })
  dateOfBirth?: string | null;

  /** From the HR file's civilité, when it gives one. */
  @Column({ type: 'text', nullable: true })
  sex?: Sex | null;

  @Column({ type: 'text', nullable: true })
  socioProfessionalCategory?: SocioProfessionalCategory | null;

  /** The last import that created or corrected this record. */
  @Column({ type: 'uuid', nullable: true })
  importBatchId?: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt?: Date;
}
