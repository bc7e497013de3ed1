import type { DiagnosticEntity, TrackOverrideEntity } from '@passerelle/intake/data-access';
import {
  questionnaireOf,
  reasonWording,
  validateAnswers,
  type Questionnaire,
  type Wording,
} from '@passerelle/intake/domain';

const upper = <T extends string>(value: T) => value.toUpperCase();

export interface ReasonObject {
  code: string;
  text: Wording;
}

export interface OrientationObject {
  track: string;
  source: string;
  rulesTrack: string;
  reasons: ReasonObject[];
  rulesReasons: ReasonObject[];
  distressFlag: boolean;
  distressReasons: ReasonObject[];
}

/**
 * The diagnostic without its answers: they are resolved on their own, guarded and audited.
 * `candidateId` travels along for that field resolver.
 */
export interface DiagnosticObject {
  id: string;
  candidateId: string;
  questionnaireVersion: string;
  status: string;
  unansweredQuestionIds: string[];
  orientation: OrientationObject | null;
  startedAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
}

export interface TrackOverrideObject {
  coachId: string;
  fromTrack: string;
  toTrack: string;
  reason: string;
  overriddenAt: Date;
}

const COACH_OVERRIDE_WORDING: Wording = {
  fr: 'Votre consultant(e) a choisi ce parcours avec vous.',
  en: 'Your coach chose this track with you.',
};

export interface DistressAlertObject {
  candidateId: string;
  submittedAt: Date;
  reasons: ReasonObject[];
}

const reasons = (codes: readonly string[]): ReasonObject[] =>
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
    status: upper(row.status),
    unansweredQuestionIds: unanswered,
    orientation: submitted
      ? {
          track: upper(track),
          source: upper(trackSource),
          rulesTrack: upper(rulesTrack),
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
  fromTrack: upper(row.fromTrack),
  toTrack: upper(row.toTrack),
  reason: row.reason,
  overriddenAt: row.overriddenAt,
});

export const toDistressAlertObject = (row: DiagnosticEntity): DistressAlertObject => ({
  candidateId: row.candidateId,
  submittedAt: row.submittedAt ?? row.updatedAt,
  reasons: reasons(row.distressCodes),
});
