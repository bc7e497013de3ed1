import { uuidV7 } from './uuid-v7';

describe('uuidV7', () => {
  it('is a version 7, RFC 4122 variant UUID carrying the timestamp', () => {
    const id = uuidV7(Date.UTC(2026, 10, 23, 12, 0, 0));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 10, 23, 12, 0, 0));
  });

  it('sorts by creation time', () => {
    const earlier = uuidV7(1_000_000);
    const later = uuidV7(2_000_000);
    expect([later, earlier].sort()).toEqual([earlier, later]);
  });
});
