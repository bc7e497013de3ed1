import type { Track } from '@passerelle/shared/contracts';

/** The diagnostic oriented the person to a track (or a coach overrode it); distress is flagged. */
export interface RecordDiagnosisCommand {
  candidateId: string;
  programmeId: string;
  track: Track;
  distressFlag: boolean;
  diagnosedAt: Date;
  now: Date;
}
