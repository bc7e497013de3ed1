import { bodyRefusalOf } from './body-errors.middleware';

describe('bodyRefusalOf', () => {
  it.each([
    [
      { type: 'entity.too.large', limit: 1_048_576 },
      413,
      'PAYLOAD_TOO_LARGE',
      'the request body is larger than the limit (1048576 bytes)',
    ],
    [{ type: 'entity.too.large' }, 413, 'PAYLOAD_TOO_LARGE', 'the request body is larger than the limit'],
    [{ type: 'entity.parse.failed' }, 400, 'BAD_REQUEST', 'the request body is not valid JSON'],
    [
      { type: 'charset.unsupported' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'the request body encoding is not supported',
    ],
    [
      { type: 'encoding.unsupported' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'the request body encoding is not supported',
    ],
  ])('%j is answered %i %s', (error, status, code, message) => {
    expect(bodyRefusalOf(error)).toEqual({ status, code, message });
  });

  it.each([[new Error('boom')], [{ type: 'stream.not.readable' }], [null], [undefined]])(
    'leaves %p to the default handler',
    (error) => {
      expect(bodyRefusalOf(error)).toBeNull();
    },
  );
});
