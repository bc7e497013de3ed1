import type { Consistency, Language, RiasecType } from '@passerelle/assessment/domain';

/** Everything the PDF shows, already chosen for the reader; the renderer only lays it out. */
export interface ReportModel {
  language: Language;
  assessmentId: string;
  instrumentTitle: string;
  completedAt: Date;
  releasedAt: Date | null;
  riasec: {
    scores: { type: RiasecType; score: number }[];
    hollandCode: string;
    tiedAtCut: boolean;
    differentiation: number;
    consistency: Consistency;
    range: { min: number; max: number };
  } | null;
  workValues: { name: string; score: number }[] | null;
  topSkills: { label: string; rating: number }[];
  suggestedOccupations: { code: string; title: string }[];
  sources: string[];
}
