import { Module } from '@nestjs/common';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import {
  AssignmentQueueRepository,
  AwaitingAccountRepository,
  DigestRepository,
  InAppNotificationRepository,
  NotifierPersonalDataRepository,
  OutgoingMessageRepository,
  PreferenceRepository,
  RecipientChoicesRepository,
  RecipientConsentRepository,
  SessionCalendarRepository,
} from '@passerelle/notifier/data-access';
import { PersonalDataController } from './personal-data.controller';
import { ExportPersonalDataHandler } from './usecases/export-personal-data/export-personal-data.handler';
import { DigestRunner } from './digest.runner';
import { IdentityRecipientDirectory } from './identity-recipient-directory';
import { MessageQueue } from './message-queue';
import { PeopleEventsConsumer } from './people-events.consumer';
import { RecipientDirectory } from './recipient-directory';
import { SessionEventsConsumer } from './session-events.consumer';
import { IntakeSmsContactDirectory, SmsContactDirectory } from './sms-contact-directory';
import { HonourConsentHandler } from './usecases/honour-consent/honour-consent.handler';
import { AlertAssignmentQueueHandler } from './usecases/alert-assignment-queue/alert-assignment-queue.handler';
import { AlertDistressHandler } from './usecases/alert-distress/alert-distress.handler';
import { AnnounceResultsHandler } from './usecases/announce-results/announce-results.handler';
import { CollectAtRiskHandler } from './usecases/collect-at-risk/collect-at-risk.handler';
import { CollectJobLeadsHandler } from './usecases/collect-job-leads/collect-job-leads.handler';
import { EraseCandidateHandler } from './usecases/erase-candidate/erase-candidate.handler';
import { AskCoachChangeHandler } from './usecases/ask-coach-change/ask-coach-change.handler';
import { NotifySessionChangeHandler } from './usecases/notify-session-change/notify-session-change.handler';
import { RemindSessionHandler } from './usecases/remind-session/remind-session.handler';
import { RemindApplicationFollowUpHandler } from './usecases/remind-application-follow-up/remind-application-follow-up.handler';
import { SendAccessLinkHandler } from './usecases/send-access-link/send-access-link.handler';
import { SendAccessLinksHandler } from './usecases/send-access-links/send-access-links.handler';
import { SendDigestsHandler } from './usecases/send-digests/send-digests.handler';
import { ApplyAwaitingEventsHandler } from './usecases/apply-awaiting-events/apply-awaiting-events.handler';
import { ExpireAwaitingEventsHandler } from './usecases/expire-awaiting-events/expire-awaiting-events.handler';

/**
 * Messages from events: each consumer writes what to send in its inbox transaction, the digest
 * runner writes the daily digests and queue alerts; the delivery feature sends them.
 */
@Module({
  imports: [CandidateScopeModule],
  controllers: [SessionEventsConsumer, PeopleEventsConsumer, PersonalDataController],
  providers: [
    OutgoingMessageRepository,
    InAppNotificationRepository,
    SessionCalendarRepository,
    DigestRepository,
    AssignmentQueueRepository,
    PreferenceRepository,
    RecipientConsentRepository,
    RecipientChoicesRepository,
    AwaitingAccountRepository,
    { provide: RecipientDirectory, useClass: IdentityRecipientDirectory },
    { provide: SmsContactDirectory, useClass: IntakeSmsContactDirectory },
    HonourConsentHandler,
    MessageQueue,
    SendAccessLinkHandler,
    SendAccessLinksHandler,
    NotifySessionChangeHandler,
    ApplyAwaitingEventsHandler,
    ExpireAwaitingEventsHandler,
    AskCoachChangeHandler,
    RemindSessionHandler,
    AnnounceResultsHandler,
    RemindApplicationFollowUpHandler,
    CollectJobLeadsHandler,
    AlertDistressHandler,
    CollectAtRiskHandler,
    SendDigestsHandler,
    AlertAssignmentQueueHandler,
    EraseCandidateHandler,
    DigestRunner,
    NotifierPersonalDataRepository,
    ExportPersonalDataHandler,
  ],
  exports: [MessageQueue, RemindSessionHandler],
})
export class MessagesModule {}
