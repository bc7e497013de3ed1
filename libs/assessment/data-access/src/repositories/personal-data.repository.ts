import { ConfidentialReadEntity } from '@passerelle/shared/database';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { AssessmentEntity } from '../entities/assessment.entity';
import { AssessmentAnswerEntity } from '../entities/assessment-answer.entity';
import { AssessmentDebriefEntity } from '../entities/assessment-debrief.entity';
import { AssessmentFreeSkillEntity } from '../entities/assessment-free-skill.entity';
import { AssessmentProfileEntity } from '../entities/assessment-profile.entity';
import { AssessmentSkillItemEntity } from '../entities/assessment-skill-item.entity';
import { CandidateBackgroundEntity } from '../entities/candidate-background.entity';
import { SuggestedOccupationEntity } from '../entities/suggested-occupation.entity';
import { CandidateConsentEntity } from '../entities/candidate-consent.entity';

/** Each kind of record assessment holds about a person, under the name the export gives it. */
const SECTIONS: [string, EntityTarget<ObjectLiteral>][] = [
  ['assessments', AssessmentEntity],
  ['answers', AssessmentAnswerEntity],
  ['skillItems', AssessmentSkillItemEntity],
  ['freeSkills', AssessmentFreeSkillEntity],
  ['profiles', AssessmentProfileEntity],
  ['debriefs', AssessmentDebriefEntity],
  ['background', CandidateBackgroundEntity],
  ['suggestedOccupations', SuggestedOccupationEntity],
  ['consent', CandidateConsentEntity],
  ['readsOfConfidentialData', ConfidentialReadEntity],
];

/** A person's data as assessment holds it (GDPR access): every personal table's rows of that person only. */
@Injectable()
export class AssessmentPersonalDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  async sections(candidateId: string): Promise<Record<string, object[]>> {
    const rows = await Promise.all(
      SECTIONS.map(([, entity]) => this.dataSource.getRepository(entity).findBy({ candidateId })),
    );
    return Object.fromEntries(SECTIONS.map(([name], index) => [name, rows[index] ?? []]));
  }
}
