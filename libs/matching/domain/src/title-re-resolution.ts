import type { TitleResolution } from './title-resolution';
import type { TitleMatch } from './title-matcher';

/** Where a person's former occupation came from: HR's file, the title alone, or their coach. */
export type OccupationSource = 'given' | 'automatic' | 'confirmed';

/** What a person had before their title was read again with a new context. */
export interface OccupationBefore {
  code: string | null;
  /** Null while the coach has not answered (a pending task), or without a title. */
  source: OccupationSource | null;
}

/**
 * What reading a title again (the programme's NAF code changed, decision 0039) does to a person:
 * - `kept`: a code HR gave or the coach confirmed is never read again;
 * - `automatic`: the code goes on the profile, any pending task closes; `announce` when intake and
 *   assessment do not have this code from the title yet (new, or it was waiting for the coach);
 * - `to_confirm`: the profile loses an automatic code, the coach gets (or keeps) a task with the
 *   new candidates;
 * - `none`: nothing to read (no title); a pending task closes.
 * `changed` says whether the profile's code moves (the person is then ranked again); `withdraw`
 * whether an automatic code intake and assessment were told of is taken back
 * (`FormerOccupationWithdrawn`).
 */
export type ReResolution =
  | { outcome: 'kept' }
  | { outcome: 'automatic'; romeCode: string; confidence: number; announce: boolean; changed: boolean }
  | { outcome: 'to_confirm'; candidates: TitleMatch[]; changed: boolean; withdraw: boolean }
  | { outcome: 'none'; changed: boolean; withdraw: boolean };

export function reResolution(before: OccupationBefore, resolution: TitleResolution): ReResolution {
  if (before.source === 'given' || before.source === 'confirmed') return { outcome: 'kept' };
  const changed = (code: string | null) => code !== before.code;
  if (resolution.outcome === 'automatic') {
    const announce = before.source !== 'automatic' || before.code !== resolution.romeCode;
    return {
      outcome: 'automatic',
      romeCode: resolution.romeCode,
      confidence: resolution.confidence,
      announce,
      changed: changed(resolution.romeCode),
    };
  }
  const withdraw = before.source === 'automatic' && before.code !== null;
  if (resolution.outcome === 'to_confirm')
    return { outcome: 'to_confirm', candidates: resolution.candidates, changed: changed(null), withdraw };
  return { outcome: 'none', changed: changed(null), withdraw };
}
