import { Controller, Sse, type BeforeApplicationShutdown, type MessageEvent } from '@nestjs/common';
import {
  concat,
  defer,
  filter,
  interval,
  map,
  merge,
  mergeMap,
  Subject,
  takeUntil,
  type Observable,
} from 'rxjs';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { InAppNotificationRepository } from '@passerelle/notifier/data-access';
import { NotificationSignal } from './notification-signal';

const KEEP_ALIVE_MS = 25_000;

/**
 * The console's live badge, as Server-Sent Events: `unread` with the signed-in person's unread
 * count on connecting and after every new notification, and a `ping` every 25 s so proxies keep
 * the stream open. SSE rather than a GraphQL subscription: one direction is all the console needs,
 * it is plain HTTP through any proxy (no WebSocket upgrade through the gateway), and the browser's
 * EventSource reconnects by itself; the data stays with the GraphQL queries. A stopping replica
 * ends its streams first, so browsers reconnect to another at once and the server closes without
 * waiting out its grace period.
 */
@Controller('notifications')
export class NotificationStreamController implements BeforeApplicationShutdown {
  private readonly closing = new Subject<void>();

  constructor(
    private readonly notifications: InAppNotificationRepository,
    private readonly signal: NotificationSignal,
  ) {}

  @Sse('stream')
  @Roles('candidate', 'coach', 'ops', 'sponsor')
  stream(@CurrentIdentity() identity: Identity): Observable<MessageEvent> {
    const unread = (): Observable<MessageEvent> =>
      defer(async () => ({
        type: 'unread',
        data: { unread: await this.notifications.unreadCount(identity.subject) },
      }));
    return merge(
      concat(
        unread(),
        this.signal.changes.pipe(
          filter((accountId) => accountId === identity.subject),
          mergeMap(() => unread()),
        ),
      ),
      interval(KEEP_ALIVE_MS).pipe(map((): MessageEvent => ({ type: 'ping', data: {} }))),
    ).pipe(takeUntil(this.closing));
  }

  beforeApplicationShutdown(): void {
    this.closing.next();
  }
}
