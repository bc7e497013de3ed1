import { Injectable } from '@nestjs/common';
import { RIASEC_ORDER, type AssessmentResult, type Language } from '@passerelle/assessment/domain';
import {
  AssessmentRepository,
  InstrumentRepository,
  RomeReferenceRepository,
  type AssessmentEntity,
} from '@passerelle/assessment/data-access';
import type { ReportModel } from './report.model';

const ROME_CREDIT = 'Métiers et compétences : ROME 4.0, France Travail, Licence Ouverte 2.0.';
const SUGGESTIONS_SHOWN = 5;
const SKILLS_SHOWN = 8;

/**
 * Gathers what a report shows around one assessment: its profile, the person's latest other
 * profiles (skills, work values) the reader may see, and matching's suggested occupations.
 */
@Injectable()
export class ReportBuilder {
  constructor(
    private readonly sessions: AssessmentRepository,
    private readonly instruments: InstrumentRepository,
    private readonly rome: RomeReferenceRepository,
  ) {}

  /** `releasedOnly`: the person's own copy shows only what their coach has debriefed. */
  async build(
    session: AssessmentEntity,
    language: Language,
    releasedOnly: boolean,
  ): Promise<ReportModel | null> {
    const shown = (candidate: AssessmentEntity) =>
      candidate.status === 'released' || (!releasedOnly && candidate.status === 'completed');
    if (!shown(session)) return null;
    const others = (await this.sessions.listForCandidate(session.candidateId)).filter(
      (other) => other.id !== session.id && shown(other),
    );
    // The session asked for first, then the most recently submitted of each kind.
    const ordered = [
      session,
      ...others.sort((a, b) => (b.submittedAt?.getTime() ?? 0) - (a.submittedAt?.getTime() ?? 0)),
    ];
    const results = new Map<
      AssessmentResult['kind'],
      { session: AssessmentEntity; result: AssessmentResult }
    >();
    for (const candidate of ordered) {
      const profile = await this.sessions.findProfile(candidate.id);
      if (!profile) continue;
      const result = profile.result;
      if (!results.has(result.kind)) results.set(result.kind, { session: candidate, result });
    }
    const own = results.get((await this.kindOf(session)) ?? 'riasec');
    if (!own) return null;

    const sources = new Set<string>();
    const instrumentOf = async (entry: { session: AssessmentEntity }) => {
      const instrument = await this.instruments.findVersion(
        entry.session.instrumentCode,
        entry.session.instrumentVersion ?? '',
      );
      if (instrument) sources.add(instrument.source);
      return instrument;
    };

    let riasec: ReportModel['riasec'] = null;
    const riasecEntry = results.get('riasec');
    if (riasecEntry?.result.kind === 'riasec') {
      const instrument = await instrumentOf(riasecEntry);
      const profile = riasecEntry.result.riasec;
      const items = instrument?.scales[0]?.itemIds.length ?? 8;
      const format = instrument?.responseFormat ?? { min: 1, max: 5 };
      riasec = {
        scores: RIASEC_ORDER.map((type) => ({ type, score: profile.scores[type] })),
        hollandCode: profile.hollandCode,
        tiedAtCut: profile.tiedAtCut,
        differentiation: profile.differentiation,
        consistency: profile.consistency,
        range: { min: items * format.min, max: items * format.max },
      };
    }

    let workValues: ReportModel['workValues'] = null;
    const valuesEntry = results.get('work_values');
    if (valuesEntry?.result.kind === 'work_values') {
      const instrument = await instrumentOf(valuesEntry);
      const { scores, ranking } = valuesEntry.result.workValues;
      workValues = ranking.slice(0, 3).map((code) => ({
        name: instrument?.scales.find((scale) => scale.code === code)?.name[language] ?? code,
        score: scores[code],
      }));
    }

    const skillsEntry = results.get('skills_inventory');
    const topSkills =
      skillsEntry?.result.kind === 'skills_inventory'
        ? skillsEntry.result.skills.top.slice(0, SKILLS_SHOWN).map(({ label, rating }) => ({ label, rating }))
        : [];
    if (skillsEntry) await instrumentOf(skillsEntry);

    const suggestions = (await this.sessions.suggestions(session.candidateId)).slice(0, SUGGESTIONS_SHOWN);
    const titles = await this.rome.occupationTitles(suggestions.map((entry) => entry.occupationCode));
    if (topSkills.length || suggestions.length) sources.add(ROME_CREDIT);

    return {
      language,
      assessmentId: session.id,
      instrumentTitle: session.instrumentCode,
      completedAt: own.session.submittedAt ?? own.session.updatedAt,
      releasedAt: session.releasedAt,
      riasec,
      workValues,
      topSkills,
      suggestedOccupations: suggestions.map((entry) => ({
        code: entry.occupationCode,
        title: titles.get(entry.occupationCode) ?? entry.occupationCode,
      })),
      sources: [...sources],
    };
  }

  private async kindOf(session: AssessmentEntity): Promise<AssessmentResult['kind'] | null> {
    const profile = await this.sessions.findProfile(session.id);
    return profile?.kind ?? null;
  }
}
