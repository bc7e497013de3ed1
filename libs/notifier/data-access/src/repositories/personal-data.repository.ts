import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AtRiskItemEntity } from '../entities/at-risk-item.entity';
import { InAppNotificationEntity } from '../entities/in-app-notification.entity';
import { JobLeadEntity } from '../entities/job-lead.entity';
import { NotificationPreferenceEntity } from '../entities/notification-preference.entity';
import { OutgoingMessageEntity } from '../entities/outgoing-message.entity';
import { QueueAlertEntity } from '../entities/queue-alert.entity';
import { RecipientConsentEntity } from '../entities/recipient-consent.entity';
import { SessionCalendarEntity } from '../entities/session-calendar.entity';

/**
 * A person's data as the notifier holds it (GDPR access): every message to or about them (digests
 * about several people carry no person and are not theirs), without what would let someone act on
 * their behalf (an unsubscribe link) or repeats the text (the HTML copy, the calendar file).
 */
@Injectable()
export class NotifierPersonalDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  async sections(candidateId: string): Promise<Record<string, object[]>> {
    const manager = this.dataSource.manager;
    const [messages, notifications, preferences, consents, calendar, jobLeads, atRisk, queueAlerts] =
      await Promise.all([
        manager.find(OutgoingMessageEntity, { where: { candidateId }, order: { createdAt: 'ASC' } }),
        manager.find(InAppNotificationEntity, { where: { candidateId }, order: { createdAt: 'ASC' } }),
        manager.findBy(NotificationPreferenceEntity, { candidateId }),
        manager.findBy(RecipientConsentEntity, { candidateId }),
        manager.findBy(SessionCalendarEntity, { candidateId }),
        manager.find(JobLeadEntity, { where: { candidateId }, order: { matchedAt: 'ASC' } }),
        manager.findBy(AtRiskItemEntity, { candidateId }),
        manager.findBy(QueueAlertEntity, { candidateId }),
      ]);
    return {
      messages: messages.map((message) => ({
        id: message.id,
        kind: message.kind,
        channel: message.channel,
        status: message.status,
        toAddress: message.toAddress,
        toName: message.toName,
        subject: message.subject,
        textBody: message.textBody,
        skipReason: message.skipReason,
        createdAt: message.createdAt,
        sentAt: message.sentAt,
      })),
      inAppNotifications: notifications,
      notificationPreferences: preferences,
      consents,
      sessionCalendar: calendar,
      jobLeads,
      atRiskAlerts: atRisk,
      queueAlerts,
    };
  }
}
