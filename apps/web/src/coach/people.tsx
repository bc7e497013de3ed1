import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Link } from '../router';
import { coachFr } from './messages-fr';

/** A person's name, read once per person and kept in the cache for every coach screen. */
const PERSON_NAME = graphql(`
  query CoachPersonName($id: ID!) {
    candidate(id: $id) {
      id
      firstName
      lastName
    }
  }
`);

export function usePersonName(candidateId: string): string | null {
  const { data } = useQuery(PERSON_NAME, { variables: { id: candidateId } });
  const person = data?.candidate;
  return person ? `${person.firstName} ${person.lastName}` : null;
}

/** A link to a person's file, named (or "a person" while the name loads). */
export function PersonLink({ candidateId }: { candidateId: string }) {
  const { t } = useI18n();
  const name = usePersonName(candidateId);
  return <Link to={personPath(candidateId)}>{name ?? t('coach.person.loading')}</Link>;
}

export const personPath = (candidateId: string) => `/people/${candidateId}`;
export const debriefPath = (candidateId: string, assessmentId: string) =>
  `/people/${candidateId}/assessments/${assessmentId}`;
export const calendarPath = (monday?: string) => (monday ? `/calendar/${monday}` : '/calendar');

/** A Wording in the user's language. */
export function useWording(): (wording: { fr: string; en: string }) => string {
  const { language } = useI18n();
  return (wording) => wording[language];
}

/**
 * Why a person was flagged, in the coach's words when the catalogue has them (intake's wording
 * speaks to the person: "you told us..."), in intake's otherwise.
 */
export function useDistressReason(): (reason: { code: string; text: { fr: string; en: string } }) => string {
  const { t } = useI18n();
  const wording = useWording();
  return (reason) => {
    const key = `coach.distressReason.${reason.code}`;
    return key in coachFr ? t(key as MessageKey) : wording(reason.text);
  };
}
