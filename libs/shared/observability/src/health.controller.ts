import { Controller, Get, HttpStatus, Inject, Logger, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@passerelle/shared/auth';
import { metricsRegistry } from './metrics';
import { READINESS_CHECKS, checkReadiness, type ReadinessCheck } from './readiness';

/**
 * A domain service's probes and scrapes, on its own port (reached only inside the cluster):
 * both routes are public, since they come from the platform, not users.
 */
@Public()
@Controller()
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  /** Readiness: a status per dependency; why one is down goes to the logs only. */
  @Get('health')
  async health(@Res() response: Response): Promise<void> {
    const report = await checkReadiness(this.checks, (name, error) =>
      this.logger.warn(`${name} is down: ${error.message}`),
    );
    response.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(report);
  }

  @Get('metrics')
  async metrics(@Res() response: Response): Promise<void> {
    response.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  }
}

/**
 * Liveness for a port clients can reach (the gateway's): the process answers, and nothing more
 * is said; readiness and metrics live on the internal port.
 */
@Public()
@Controller()
export class LivenessController {
  @Get('health')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
