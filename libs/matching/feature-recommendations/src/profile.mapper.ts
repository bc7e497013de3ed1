import type { CandidateProfileEntity } from '@passerelle/matching/data-access';
import { parseHollandCode, type CandidateProfile } from '@passerelle/matching/domain';
import { TRACKS } from '@passerelle/shared/contracts';

export function profileToDomain(profile: CandidateProfileEntity): CandidateProfile {
  return {
    formerOccupationCode: profile.formerOccupationCode,
    // The column is text: a value that is not a track reads as none.
    track: profile.track && TRACKS.includes(profile.track) ? profile.track : null,
    hollandCode: parseHollandCode(profile.hollandCode ?? ''),
    ratedSkills: profile.ratedSkills,
  };
}
