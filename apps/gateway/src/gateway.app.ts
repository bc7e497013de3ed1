import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import express from 'express';
import type { DestinationStream } from 'pino';
import { Clock } from '@passerelle/shared/clock';
import { UPLOAD_LIMIT_BYTES, gatewayConfigSchema, loadConfig } from '@passerelle/shared/config';
import { correlationMiddleware, createLogger } from '@passerelle/shared/observability';
import { PinoNestLogger } from '@passerelle/shared/runtime';
import { committeePackProxy } from './committee-pack-proxy';
import { cvFileProxy } from './cv-file-proxy';
import { authenticateMiddleware, batchLimitMiddleware } from './authenticate.middleware';
import { JwtStrategy } from './jwt.strategy';
import { calendarProxy } from './calendar-proxy';
import { consoleFiles } from './console-files';
import { GatewayModule } from './gateway.module';
import { graphqlUploadMiddleware } from './graphql-upload.middleware';
import { notificationStreamProxy, unsubscribeProxy } from './notifier-proxies';
import { reportProxy } from './report-proxy';
import { VerifiedTokens } from './verified-tokens';
import { bodyErrorsMiddleware } from './body-errors.middleware';

export interface GatewayStartOptions {
  /** Where the JSON logs go; standard output by default. */
  logDestination?: DestinationStream;
}

/**
 * Starts the gateway: every /graphql request authenticated, size- and batch-limited, then
 * federated, on PORT; readiness and metrics on INTERNAL_PORT (internal-endpoints.ts).
 */
export async function startGateway(
  env?: Record<string, string | undefined>,
  options: GatewayStartOptions = {},
): Promise<INestApplication> {
  const config = loadConfig(gatewayConfigSchema, env);
  const logger = createLogger('gateway', config.LOG_LEVEL, options.logDestination);
  const app = await NestFactory.create(GatewayModule.register(config, logger), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  const clock = app.get(Clock);
  const authenticate = authenticateMiddleware(
    logger,
    app.get(JwtStrategy),
    new VerifiedTokens(() => clock.now()),
  );
  // No entity tag on every answer: Express would hash each GraphQL answer and, to do so, write it
  // apart from its headers; a POSTed query is never asked again with If-None-Match. What passes
  // through from a service (calendar feeds, PDFs) gets its tag in entity-tag.ts.
  app.getHttpAdapter().getInstance().set('etag', false);
  app.use(correlationMiddleware);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    bodyErrorsMiddleware(logger),
    batchLimitMiddleware(config.QUERY_MAX_BATCH),
    authenticate,
    graphqlUploadMiddleware({
      uploadUrl: new URL('/internal/uploads', config.INTAKE_URL).toString(),
      identitySecret: config.INTERNAL_IDENTITY_SECRET,
      maxFileBytes: UPLOAD_LIMIT_BYTES,
      maxFiles: 1,
      maxBatch: config.QUERY_MAX_BATCH,
    }),
  );
  app.use('/calendar', calendarProxy(config.SCHEDULING_URL));
  app.use(
    '/committee-packs',
    authenticate,
    committeePackProxy(config.REPORTING_URL, config.INTERNAL_IDENTITY_SECRET),
  );
  app.use(
    '/dreets-reports',
    authenticate,
    committeePackProxy(config.REPORTING_URL, config.INTERNAL_IDENTITY_SECRET, 'dreets-reports'),
  );
  app.use('/cvs', authenticate, cvFileProxy(config.CAREER_URL, config.INTERNAL_IDENTITY_SECRET));
  app.use('/reports', authenticate, reportProxy(config.ASSESSMENT_URL, config.INTERNAL_IDENTITY_SECRET));
  app.use(
    '/notifications',
    authenticate,
    notificationStreamProxy(config.NOTIFIER_URL, config.INTERNAL_IDENTITY_SECRET),
  );
  app.use('/unsubscribe', unsubscribeProxy(config.NOTIFIER_URL));
  if (config.WEB_DIST_DIR) app.use(consoleFiles(config.WEB_DIST_DIR, config.AUTH_ISSUER));
  app.enableShutdownHooks();
  await app.listen(config.PORT, config.HOST);
  logger.info({ port: config.PORT, internalPort: config.INTERNAL_PORT }, 'gateway ready');
  return app;
}
