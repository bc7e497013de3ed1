import type { DiagnosticEntity, TrackOverrideEntity } from '@passerelle/intake/data-access';
import {
  questionnaireOf,
  reasonWording,
  validateAnswers,
  type Questionnaire,
  type Wording,
} from '@passerelle/intake/domain';
import type {
  Diagnostic,
  DistressAlert,
  OrientationReason,
  TrackOverride,
} from '@passerelle/intake/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

/**
 * The diagnostic (the generated `Diagnostic`) without its answers and overrides: they are resolved on
 * their own, guarded and audited. `candidateId` travels along for those field resolvers.
 */
export type DiagnosticObject = Omit<Diagnostic, 'answers' | 'trackOverrides'> & { candidateId: string };

export type TrackOverrideObject = TrackOverride;

export type DistressAlertObject = DistressAlert;

const COACH_OVERRIDE_WORDING: Wording = {
  fr: 'Votre consultant(e) a choisi ce parcours avec vous.',
  en: 'Your coach chose this track with you.',
};

const reasons = (codes: readonly string[]): OrientationReason[] =>
  codes.map((code) => ({
    code,
    text:
      code === 'coach_override' ? COACH_OVERRIDE_WORDING : (reasonWording(code) ?? { fr: code, en: code }),
  }));

export function toDiagnosticObject(row: DiagnosticEntity): DiagnosticObject {
  const questionnaire: Questionnaire | null = questionnaireOf(row.questionnaireVersion);
  const unanswered = questionnaire
    ? validateAnswers(questionnaire, row.answers, 'complete')
        .filter((issue) => issue.message === 'an answer is required')
        .map((issue) => issue.questionId)
    : [];
  const { track, rulesTrack, trackSource } = row;
  const submitted = row.status === 'submitted' && track && rulesTrack && trackSource;
  return {
    id: row.id,
    candidateId: row.candidateId,
    questionnaireVersion: row.questionnaireVersion,
    status: toGraphQLEnum(row.status),
    unansweredQuestionIds: unanswered,
    orientation: submitted
      ? {
          track: toGraphQLEnum(track),
          source: toGraphQLEnum(trackSource),
          rulesTrack: toGraphQLEnum(rulesTrack),
          reasons: reasons(row.trackSource === 'coach_override' ? ['coach_override'] : row.reasonCodes),
          rulesReasons: reasons(row.reasonCodes),
          distressFlag: row.distressFlag,
          distressReasons: reasons(row.distressCodes),
        }
      : null,
    startedAt: row.startedAt,
    updatedAt: row.updatedAt,
    submittedAt: row.submittedAt,
  };
}

export const toTrackOverrideObject = (row: TrackOverrideEntity): TrackOverrideObject => ({
  coachId: row.coachId,
  fromTrack: toGraphQLEnum(row.fromTrack),
  toTrack: toGraphQLEnum(row.toTrack),
  reason: row.reason,
  overriddenAt: row.overriddenAt,
});

export const toDistressAlertObject = (row: DiagnosticEntity): DistressAlertObject => ({
  candidateId: row.candidateId,
  submittedAt: row.submittedAt ?? row.updatedAt,
  reasons: reasons(row.distressCodes),
});
