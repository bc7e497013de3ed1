import type { DataSourceOptions } from 'typeorm';
import { CANDIDATE_SCOPE_ENTITIES, CANDIDATE_SCOPE_MIGRATIONS } from '@passerelle/shared/candidate-scope';
import { serviceDataSourceOptions } from '@passerelle/shared/database';
import {
  CreateMessagingTables1763900000000,
  DeadLetterRecordEntity,
  DeadLetterRecords1766220000000,
  HeldEventEntity,
  InboxMessageEntity,
  OutboxMessageEntity,
  ParkedKeyEntity,
  ParkedKeysAndInboxPurge1766110000000,
} from '@passerelle/shared/messaging';
import {
  ApplicationEntity,
  ApplicationStepEntity,
  InterviewPracticeAnswerEntity,
  InterviewPracticeQuestionEntity,
  InterviewPracticeSessionEntity,
  CvCommentEntity,
  CvDownloadEntity,
  CvEntity,
  CvVersionEntity,
  ProjectEntity,
  ProjectVersionEntity,
} from './entities';
import { CreateCareerProject1766000000000 } from './migrations/1766000000000-create-career-project';
import { CreateCareerApplications1766010000000 } from './migrations/1766010000000-create-career-applications';
import { InterviewPractice1766030000000 } from './migrations/1766030000000-interview-practice';
import { CreateCareerCv1766020000000 } from './migrations/1766020000000-create-career-cv';

/** Each area of career adds its entities here (and its migrations below, in timestamp order). */
export const CAREER_ENTITIES = [
  ProjectEntity,
  ProjectVersionEntity,
  ApplicationEntity,
  ApplicationStepEntity,
  InterviewPracticeSessionEntity,
  InterviewPracticeQuestionEntity,
  InterviewPracticeAnswerEntity,
  CvEntity,
  CvVersionEntity,
  CvCommentEntity,
  CvDownloadEntity,
];

export function careerDataSourceOptions(url: string, poolSize?: number): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [
      ...CAREER_ENTITIES,
      ...CANDIDATE_SCOPE_ENTITIES,
      OutboxMessageEntity,
      InboxMessageEntity,
      ParkedKeyEntity,
      HeldEventEntity,
      DeadLetterRecordEntity,
    ],
    migrations: [
      CreateMessagingTables1763900000000,
      ParkedKeysAndInboxPurge1766110000000,
      DeadLetterRecords1766220000000,
      ...CANDIDATE_SCOPE_MIGRATIONS,
      CreateCareerProject1766000000000,
      CreateCareerApplications1766010000000,
      InterviewPractice1766030000000,
      CreateCareerCv1766020000000,
    ],
    poolSize,
  });
}
