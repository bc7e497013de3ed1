import type { InstrumentDefinition } from './instrument';
import { RIASEC_ORDER, isRiasecType, riasecProfile, type RiasecProfile, type RiasecScores } from './riasec';
import { validateAnswers, describeIssues, type AnswerIssue, type Answers } from './responses';
import { rankScales, scoreScales } from './scales';
import {
  skillsProfile,
  validateFreeTextSkills,
  type RatedSkill,
  type SkillsProfile,
} from './skills-inventory';

export interface WorkValuesProfile {
  /** Mean importance per value, 1-5. */
  scores: Record<string, number>;
  ranking: string[];
  top: string[];
}

export type AssessmentResult =
  | { kind: 'riasec'; riasec: RiasecProfile }
  | { kind: 'work_values'; workValues: WorkValuesProfile }
  | { kind: 'skills_inventory'; skills: SkillsProfile };

/** A submission that cannot be scored, with every problem found (each naming its item). */
export class SubmissionInvalidError extends Error {
  constructor(readonly issues: AnswerIssue[]) {
    super(describeIssues(issues));
    this.name = 'SubmissionInvalidError';
  }
}

export interface Submission {
  /** Item id (or ROME skill code for a skills inventory) to the value chosen. */
  answers: Answers;
  /** The items this session asks: the instrument's, or the skills chosen for this person. */
  itemIds: readonly string[];
  /** Skills inventory only: labels of the taxonomy skills, and the person's own free-text skills. */
  skillLabels?: Readonly<Record<string, string>>;
  freeTextSkills?: readonly { label: string; rating: number }[];
}

/** Validates a complete submission and scores it by the instrument's key. */
export function scoreAssessment(instrument: InstrumentDefinition, submission: Submission): AssessmentResult {
  const issues = validateAnswers(submission.itemIds, instrument.responseFormat, submission.answers, {
    complete: true,
  });
  if (instrument.kind === 'skills_inventory') {
    const free = submission.freeTextSkills ?? [];
    issues.push(
      ...validateFreeTextSkills(free).map((issue) => ({
        itemId: `free-text-${issue.index + 1}`,
        code: 'out_of_range' as const,
        message: issue.message,
      })),
    );
    if (submission.itemIds.length === 0 && free.length === 0) {
      issues.push({
        itemId: '-',
        code: 'missing',
        message: 'rate at least one skill, or name one of your own',
      });
    }
  }
  if (issues.length > 0) throw new SubmissionInvalidError(issues);

  switch (instrument.kind) {
    case 'riasec': {
      const raw = scoreScales(instrument.scales, submission.answers, instrument.scoring);
      const scores = Object.fromEntries(RIASEC_ORDER.map((type) => [type, raw[type]])) as RiasecScores;
      const missing = RIASEC_ORDER.filter((type) => scores[type] === undefined);
      const extra = Object.keys(raw).filter((code) => !isRiasecType(code));
      if (missing.length || extra.length) {
        throw new Error(
          `instrument ${instrument.code} v${instrument.version} is not a RIASEC key (scales missing: ${missing.join(',') || '-'}, unknown: ${extra.join(',') || '-'})`,
        );
      }
      return { kind: 'riasec', riasec: riasecProfile(scores) };
    }
    case 'work_values': {
      const scores = scoreScales(instrument.scales, submission.answers, instrument.scoring);
      const ranking = rankScales(instrument.scales, scores);
      return { kind: 'work_values', workValues: { scores, ranking, top: ranking.slice(0, 3) } };
    }
    case 'skills_inventory': {
      const rated: RatedSkill[] = [
        ...submission.itemIds.map((skillCode) => ({
          skillCode,
          label: submission.skillLabels?.[skillCode] ?? skillCode,
          rating: submission.answers[skillCode],
        })),
        ...(submission.freeTextSkills ?? []).map((skill) => ({
          skillCode: null,
          label: skill.label.trim(),
          rating: skill.rating,
        })),
      ];
      return { kind: 'skills_inventory', skills: skillsProfile(rated) };
    }
  }
}
