import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Client } from 'pg';
import { Subject, type Observable } from 'rxjs';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { IN_APP_NOTIFICATION_CHANNEL } from '@passerelle/notifier/data-access';

/**
 * "This account has something new": PostgreSQL's NOTIFY, sent by the transaction that wrote the
 * notification and delivered only if it commits, heard here on one LISTEN connection per
 * replica. Whichever replica wrote it, every replica holding that person's stream hears it.
 */
@Injectable()
export class NotificationSignal implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationSignal.name);
  private readonly accounts = new Subject<string>();
  private client: Client | null = null;
  private stopped = false;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: NotifierConfig) {}

  /** Account ids, as their notifications commit. */
  get changes(): Observable<string> {
    return this.accounts.asObservable();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
    this.accounts.complete();
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    client.on('notification', (message) => {
      if (message.payload) this.accounts.next(message.payload);
    });
    client.on('error', (error) => {
      this.logger.warn(`notification signal lost (${error.message}); listening again`);
      void client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${IN_APP_NOTIFICATION_CHANNEL}`);
    this.client = client;
  }
}
