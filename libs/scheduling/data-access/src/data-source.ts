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
  AssignmentQueueEntity,
  BookingEntity,
  CandidateProfileEntity,
  CoachChangeProposalEntity,
  CoachAssignmentEntity,
  CoachEntity,
  CoachExceptionEntity,
  DirectoryChangeEntity,
  OfficeEntity,
  ProgrammeOfficesEntity,
  RoomEntity,
  SessionEntity,
  SessionNoteEntity,
  SessionNoteReadEntity,
  SessionNoteVersionEntity,
  SessionParticipantEntity,
  SessionReminderEntity,
  WorkshopWaitingListEntity,
} from './entities';
import { CreateCoachingSessionTable1763900005000 } from './migrations/1763900005000-create-coaching-session';
import { CreateSchedulingTables1763900013000 } from './migrations/1763900013000-create-scheduling-tables';
import { WorkshopProgrammes1764806500000 } from './migrations/1764806500000-workshop-programmes';
import { CoachWorkEmail1765100000000 } from './migrations/1765100000000-coach-work-email';
import { WorkshopDetailsAndWaitingList1765400000000 } from './migrations/1765400000000-workshop-details-and-waiting-list';
import { DirectoryEdits1765500000000 } from './migrations/1765500000000-directory-edits';
import { SessionNotes1765950000000 } from './migrations/1765950000000-session-notes';

export const SCHEDULING_ENTITIES = [
  OfficeEntity,
  RoomEntity,
  CoachEntity,
  CoachExceptionEntity,
  ProgrammeOfficesEntity,
  CandidateProfileEntity,
  CoachAssignmentEntity,
  AssignmentQueueEntity,
  SessionEntity,
  SessionParticipantEntity,
  BookingEntity,
  SessionReminderEntity,
  WorkshopWaitingListEntity,
  CoachChangeProposalEntity,
  DirectoryChangeEntity,
  SessionNoteEntity,
  SessionNoteVersionEntity,
  SessionNoteReadEntity,
];

export function schedulingDataSourceOptions(url: string, poolSize?: number): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [
      ...SCHEDULING_ENTITIES,
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
      CreateCoachingSessionTable1763900005000,
      CreateSchedulingTables1763900013000,
      WorkshopProgrammes1764806500000,
      CoachWorkEmail1765100000000,
      WorkshopDetailsAndWaitingList1765400000000,
      DirectoryEdits1765500000000,
      SessionNotes1765950000000,
    ],
    poolSize,
  });
}
