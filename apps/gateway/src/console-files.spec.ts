import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { calendarProxy, isCalendarFeedPath } from './calendar-proxy';
import { consoleFiles } from './console-files';

describe('isCalendarFeedPath', () => {
  it.each([
    ['/calendar/abc.ics', true],
    ['/calendar/abc.ics?x=1', true],
    ['/calendar/2026-12-07', false],
    ['/calendar', false],
    ['/calendar/week/abc.ics', false],
    ['/people/abc.ics', false],
  ])('%s -> %s', (path, expected) => {
    expect(isCalendarFeedPath(path)).toBe(expected);
  });
});

describe('the console next to the calendar feeds', () => {
  let origin: string;
  let close: () => void;

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'console-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>console</title>');
    const app = express();
    // No scheduling behind it: a feed request that got through would answer 502.
    app.use('/calendar', calendarProxy('http://127.0.0.1:9/graphql'));
    app.use(consoleFiles(dist, 'http://127.0.0.1:9/oidc'));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('serves the console for a reloaded week page under /calendar', async () => {
    const response = await fetch(`${origin}/calendar/2026-12-07`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>console</title>');
  });

  it('keeps a malformed feed address a 404, never the console', async () => {
    const response = await fetch(`${origin}/calendar/not-a-token.ics`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('no calendar at this address');
  });

  it('sends a well-formed feed address to scheduling', async () => {
    const response = await fetch(`${origin}/calendar/${'a'.repeat(43)}.ics`);
    expect(response.status).toBe(502);
  });
});
