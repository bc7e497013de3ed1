import express from 'express';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { entityTag, sendPassedThrough } from './entity-tag';

describe('entityTag', () => {
  it.each([
    ['the same bytes, the same tag', Buffer.from('BEGIN:VCALENDAR'), Buffer.from('BEGIN:VCALENDAR'), true],
    ['one byte changed, another tag', Buffer.from('BEGIN:VCALENDAR'), Buffer.from('BEGIN:VCALENDAS'), false],
    ['a longer body, another tag', Buffer.from('a'), Buffer.from('aa'), false],
  ])('%s', (_case, first, second, same) => {
    expect(entityTag(first) === entityTag(second)).toBe(same);
  });

  it('is a weak tag with the length in hexadecimal, as Express makes one', () => {
    expect(entityTag(Buffer.alloc(255))).toMatch(/^W\/"ff-[A-Za-z0-9+/]{27}"$/);
  });
});

/** A GET as a calendar application makes it (Node's fetch would add `Cache-Control: no-cache`). */
function getFrom(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; etag: string | undefined; body: string }>((answered, failed) => {
    get(url, { headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        answered({ status: response.statusCode ?? 0, etag: response.headers.etag, body }),
      );
    }).on('error', failed);
  });
}

describe('sendPassedThrough on an app without entity tags', () => {
  let server: ReturnType<ReturnType<typeof express>['listen']>;
  let url: string;

  beforeAll(async () => {
    const app = express();
    app.set('etag', false);
    app.get('/feed.ics', (_request, response) => {
      response.type('text/calendar');
      sendPassedThrough(response, Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'));
    });
    app.get('/plain', (_request, response) => void response.send('{"data":{}}'));
    await new Promise<void>((listening) => {
      server = app.listen(0, '127.0.0.1', () => listening());
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((closed) => server.close(closed));
  });

  it('sends the tag, and a 304 without the body to a client that has it', async () => {
    const first = await getFrom(`${url}/feed.ics`);
    expect(first.etag).toBe(entityTag(Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')));
    expect(first.body).toContain('BEGIN:VCALENDAR');

    const again = await getFrom(`${url}/feed.ics`, { 'if-none-match': first.etag! });
    expect(again).toMatchObject({ status: 304, body: '' });

    const stale = await getFrom(`${url}/feed.ics`, { 'if-none-match': 'W/"1-other"' });
    expect(stale).toMatchObject({ status: 200, body: expect.stringContaining('BEGIN:VCALENDAR') });
  });

  it('leaves any other answer without a tag', async () => {
    const answer = await getFrom(`${url}/plain`);
    expect(answer).toMatchObject({ status: 200, etag: undefined, body: '{"data":{}}' });
  });
});
