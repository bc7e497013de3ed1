import { exclusionViolation } from './exclusion-violation';

describe('exclusionViolation', () => {
  const detail = (kind: string) =>
    `Key (resource_kind, resource_id, during)=(${kind}, 6f1c0c3e-2a4e-4b7e-9a43-0a0f6c2b9d11, ["2026-12-01 09:00:00+00","2026-12-01 10:10:00+00")) conflicts with existing key`;

  it.each(['coach', 'room', 'candidate'])('names the %s that is already held', (kind) => {
    expect(exclusionViolation({ driverError: { code: '23P01', detail: detail(kind) } })).toEqual({
      resource: kind,
    });
    expect(exclusionViolation({ code: '23P01', detail: detail(kind) })).toEqual({ resource: kind });
  });

  it.each([
    ['a unique violation', { driverError: { code: '23505', detail: 'Key (id)=(x) already exists.' } }],
    ['a plain error', new Error('connection reset')],
  ])('leaves %s alone', (_case, error) => {
    expect(exclusionViolation(error)).toBeNull();
  });
});
