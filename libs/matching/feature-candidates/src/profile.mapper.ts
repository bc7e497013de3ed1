import type { CandidateProfileEntity } from '@passerelle/matching/data-access';
import { parseHollandCode, type CandidateProfile } from '@passerelle/matching/domain';
import { TRACKS, type Track } from '@passerelle/shared/contracts';

export function profileToDomain(profile: CandidateProfileEntity): CandidateProfile {
  return {
    formerOccupationCode: profile.formerOccupationCode,
    track: (TRACKS as readonly string[]).includes(profile.track ?? '') ? (profile.track as Track) : null,
    hollandCode: parseHollandCode(profile.hollandCode ?? ''),
    ratedSkills: profile.ratedSkills,
  };
}
