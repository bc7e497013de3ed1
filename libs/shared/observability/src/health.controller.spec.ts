import { Logger as NestLogger, type LoggerService } from '@nestjs/common';
import type { Response } from 'express';
import { HealthController, LivenessController } from './health.controller';

/** Just what the controllers call on an Express response, keeping what they answered. */
function answerCollector() {
  const answer: { status?: number; body?: unknown } = {};
  const response = {
    status(code: number) {
      answer.status = code;
      return response;
    },
    json(body: unknown) {
      answer.body = body;
      return response;
    },
  };
  return { response: response as unknown as Response, answer };
}

const leakyFailure = 'password authentication failed for user "passerelle" at 10.0.3.7:5432';

describe('HealthController (readiness)', () => {
  it('answers a status per dependency, and logs the reason a dependency is down instead of echoing it', async () => {
    const logged: string[] = [];
    const nest: LoggerService = {
      log: () => undefined,
      error: () => undefined,
      warn: (message: unknown) => void logged.push(String(message)),
    };
    NestLogger.overrideLogger(nest);
    const { response, answer } = answerCollector();
    try {
      await new HealthController([
        { name: 'database', check: () => Promise.reject(new Error(leakyFailure)) },
        { name: 'kafka', check: async () => undefined },
      ]).health(response);
    } finally {
      NestLogger.overrideLogger(false);
    }
    expect(answer).toEqual({
      status: 503,
      body: { status: 'unavailable', checks: { database: { status: 'down' }, kafka: { status: 'up' } } },
    });
    expect(logged).toEqual([`database is down: ${leakyFailure}`]);
  });

  it('answers 200 when every dependency is up', async () => {
    const { response, answer } = answerCollector();
    await new HealthController([{ name: 'database', check: async () => undefined }]).health(response);
    expect(answer).toEqual({ status: 200, body: { status: 'ok', checks: { database: { status: 'up' } } } });
  });
});

describe('LivenessController', () => {
  it('says the process answers, and nothing else', () => {
    expect(new LivenessController().live()).toEqual({ status: 'ok' });
  });
});
