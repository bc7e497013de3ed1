import { reResolution, type OccupationBefore } from './title-re-resolution';
import type { TitleResolution } from './title-resolution';

const match = (romeCode: string, confidence: number) => ({
  romeCode,
  titleCode: `t-${romeCode}`,
  titleLabel: romeCode,
  confidence,
});
const automatic = (romeCode: string): TitleResolution => ({
  outcome: 'automatic',
  romeCode,
  confidence: 0.9,
  candidates: [match(romeCode, 0.9)],
  byContext: true,
});
const toConfirm: TitleResolution = {
  outcome: 'to_confirm',
  confidence: 0.8,
  candidates: [match('H2105', 0.8), match('H2909', 0.7)],
};
const none: TitleResolution = { outcome: 'none' };

describe('reResolution: a title read again with a new context', () => {
  it.each<[string, OccupationBefore, TitleResolution, ReturnType<typeof reResolution>]>([
    // The coach's word and HR's code are never read again, whatever the new reading says.
    [
      'confirmed by the coach',
      { code: 'H2105', source: 'confirmed' },
      automatic('H3201'),
      { outcome: 'kept' },
    ],
    ['confirmed, now unsure', { code: 'H2105', source: 'confirmed' }, toConfirm, { outcome: 'kept' }],
    ['given by HR', { code: 'H2105', source: 'given' }, automatic('H3201'), { outcome: 'kept' }],
    // Was waiting for the coach; the context settles it: announced, the task closes.
    [
      'pending, now sure',
      { code: null, source: null },
      automatic('H2105'),
      { outcome: 'automatic', romeCode: 'H2105', confidence: 0.9, announce: true, changed: true },
    ],
    // Automatic before, another code now: announced.
    [
      'automatic, another code',
      { code: 'H2105', source: 'automatic' },
      automatic('H2909'),
      { outcome: 'automatic', romeCode: 'H2909', confidence: 0.9, announce: true, changed: true },
    ],
    // Automatic before, the same code: nothing to announce, nothing to rank again.
    [
      'automatic, the same code',
      { code: 'H2105', source: 'automatic' },
      automatic('H2105'),
      { outcome: 'automatic', romeCode: 'H2105', confidence: 0.9, announce: false, changed: false },
    ],
    // Automatic before, unsure now: the code leaves the profile, is taken back, the coach is asked.
    [
      'automatic, now unsure',
      { code: 'H2105', source: 'automatic' },
      toConfirm,
      { outcome: 'to_confirm', candidates: toConfirm.candidates, changed: true, withdraw: true },
    ],
    [
      'automatic, now no title',
      { code: 'H2105', source: 'automatic' },
      none,
      { outcome: 'none', changed: true, withdraw: true },
    ],
    // Still unsure: the task's candidates follow the new reading, the profile does not move.
    [
      'pending, still unsure',
      { code: null, source: null },
      toConfirm,
      { outcome: 'to_confirm', candidates: toConfirm.candidates, changed: false, withdraw: false },
    ],
    ['no title', { code: null, source: null }, none, { outcome: 'none', changed: false, withdraw: false }],
  ])('%s', (_name, before, resolution, expected) => {
    expect(reResolution(before, resolution)).toEqual(expected);
  });
});
