import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { pageRequest, parseInput, toPage, type Page } from '@passerelle/shared/graphql';
import { InAppNotificationRepository } from '@passerelle/notifier/data-access';
import type { Notification } from '@passerelle/notifier/graphql-types';
import { invalidNotificationInput } from './notification-list.error';
import { toNotificationObject } from './notification.object';
import { markNotificationsReadCommandSchema } from './usecases/mark-notifications-read/mark-notifications-read.command';
import { MarkNotificationsReadHandler } from './usecases/mark-notifications-read/mark-notifications-read.handler';

/** The signed-in person's own list: whoever they are, they see only theirs (their account, the token's subject). */
@Resolver('Notification')
export class NotificationResolver {
  constructor(
    private readonly notifications: InAppNotificationRepository,
    private readonly markRead: MarkNotificationsReadHandler,
    private readonly clock: Clock,
  ) {}

  @Query('notifications')
  @Roles('candidate', 'coach', 'ops', 'sponsor')
  async list(
    @Args('first') first: number | undefined,
    @Args('after') after: string | undefined,
    @CurrentIdentity() identity: Identity,
  ): Promise<Page<Notification>> {
    const page = pageRequest(first, after, { default: 20, max: 100 });
    const [createdAt, id] = page.after ?? [];
    const rows = await this.notifications.list(
      identity.subject,
      page.first + 1,
      typeof createdAt === 'string' && typeof id === 'string' ? { createdAt: new Date(createdAt), id } : null,
    );
    const result = toPage(rows, page, (row) => [row.createdAt.toISOString(), row.id]);
    return { nodes: result.nodes.map(toNotificationObject), pageInfo: result.pageInfo };
  }

  @Query('unreadNotificationCount')
  @Roles('candidate', 'coach', 'ops', 'sponsor')
  unread(@CurrentIdentity() identity: Identity): Promise<number> {
    return this.notifications.unreadCount(identity.subject);
  }

  @Mutation('markNotificationsRead')
  @Roles('candidate', 'coach', 'ops', 'sponsor')
  async markNotificationsRead(
    @Args('ids') ids: string[] | null | undefined,
    @CurrentIdentity() identity: Identity,
  ): Promise<number> {
    const input = parseInput(
      markNotificationsReadCommandSchema,
      { ids: ids ?? null },
      invalidNotificationInput,
    );
    return this.markRead.execute({ ...input, accountId: identity.subject }, this.clock.now());
  }
}
