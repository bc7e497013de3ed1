import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** ROME occupations, the assessment service's own copy (services share no database). */
@Entity({ name: 'rome_occupation' })
export class RomeOccupationEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Which import wrote it: `rome4-v460`, or `sample` for the project's own demo set. */
  @Column({ type: 'text' })
  source!: string;
}

/** ROME skills (savoir-faire and savoir-être professionnels). */
@Entity({ name: 'rome_skill' })
export class RomeSkillEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text' })
  category!: string;
}

/** Which skills an occupation calls for; `core` marks ROME's "coeur de métier" skills. */
@Entity({ name: 'rome_occupation_skill' })
@Index('rome_occupation_skill_skill', ['skillCode'])
export class RomeOccupationSkillEntity {
  @PrimaryColumn({ type: 'text' })
  occupationCode!: string;

  @PrimaryColumn({ type: 'text' })
  skillCode!: string;

  @Column({ type: 'boolean' })
  core!: boolean;
}
