import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Logger } from 'pino';
import type { GatewayConfig } from '@passerelle/shared/config';
import {
  READINESS_CHECKS,
  startInternalServer,
  type InternalServer,
  type ReadinessCheck,
} from '@passerelle/shared/observability';

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
export const GATEWAY_LOGGER = Symbol('GATEWAY_LOGGER');

/**
 * Readiness (each subgraph's status) and /metrics on INTERNAL_HOST:INTERNAL_PORT, for probes and
 * Prometheus; the public port answers a bare liveness only. Started and stopped with the app.
 */
@Injectable()
export class InternalEndpoints implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private server: InternalServer | undefined;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[],
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.server = await startInternalServer({
      host: this.config.INTERNAL_HOST,
      port: this.config.INTERNAL_PORT,
      checks: this.checks,
      logger: this.logger,
    });
    this.logger.info({ url: this.server.url }, 'gateway health and metrics ready');
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.server?.close();
  }
}
