import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AssignmentQueueRepository,
  AwaitingAccountRepository,
  DigestRepository,
  InAppNotificationRepository,
  OutgoingMessageRepository,
  PreferenceRepository,
  RecipientConsentRepository,
  SessionCalendarRepository,
} from '@passerelle/notifier/data-access';

/**
 * CandidateErased: every message to or about the person (pending, parked, sent or skipped), their
 * in-app list, notification choices, consents, calendar sequences, events kept until their account
 * exists, job leads, at-risk items and queue alert go, in the inbox transaction; their id and the time
 * are kept (`erased_candidate`) so a later event about them writes and sends nothing. The shared
 * candidate-scope projection forgets them through its own consumer.
 */
@Injectable()
export class EraseCandidateHandler {
  constructor(
    private readonly messages: OutgoingMessageRepository,
    private readonly inApp: InAppNotificationRepository,
    private readonly calendars: SessionCalendarRepository,
    private readonly digests: DigestRepository,
    private readonly queue: AssignmentQueueRepository,
    private readonly preferences: PreferenceRepository,
    private readonly consents: RecipientConsentRepository,
    private readonly awaiting: AwaitingAccountRepository,
  ) {}

  async execute(manager: EntityManager, command: { candidateId: string; erasedAt: Date }): Promise<void> {
    // First: from here on, a message about them being written waits, then sees them erased.
    await this.messages.rememberErased(manager, command.candidateId, command.erasedAt);
    await this.preferences.eraseCandidate(manager, command.candidateId);
    await this.messages.eraseCandidate(manager, command.candidateId);
    await this.inApp.eraseCandidate(manager, command.candidateId);
    await this.calendars.eraseCandidate(manager, command.candidateId);
    await this.digests.eraseCandidate(manager, command.candidateId);
    await this.queue.eraseCandidate(manager, command.candidateId);
    await this.consents.erase(manager, command.candidateId);
    await this.awaiting.eraseCandidate(manager, command.candidateId);
  }
}
