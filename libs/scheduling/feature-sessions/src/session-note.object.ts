import type { SessionNoteVersionEntity, SessionNoteWithVersions } from '@passerelle/scheduling/data-access';
import {
  noteTemplateHeadings,
  prefill,
  type NoteLanguage,
  type SessionNoteType,
} from '@passerelle/scheduling/domain';
import type { SessionKind } from '@passerelle/shared/contracts';
import type {
  ConfidentialSessionNote,
  SessionNoteTemplate,
  SessionNoteVersion,
  SessionSummary,
} from '@passerelle/scheduling/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

const toVersionObject = (row: SessionNoteVersionEntity): SessionNoteVersion => ({
  version: row.version,
  text: row.text,
  nextSteps: row.nextSteps,
  amendReason: row.amendReason,
  writtenByCoachId: row.writtenByCoachId,
  writtenAt: row.writtenAt,
});

function current({ note, versions }: SessionNoteWithVersions): SessionNoteVersion {
  const row = versions.find((v) => v.version === note.currentVersion);
  if (!row) throw new Error(`session note ${note.id} lacks its version ${note.currentVersion}`);
  return toVersionObject(row);
}

export const toConfidentialNoteObject = (found: SessionNoteWithVersions): ConfidentialSessionNote => ({
  candidateId: found.note.candidateId,
  authorCoachId: found.note.authorCoachId,
  current: current(found),
  versions: found.versions.map(toVersionObject),
});

export const toSummaryObject = (found: SessionNoteWithVersions): SessionSummary => ({
  candidateId: found.note.candidateId,
  authorCoachId: found.note.authorCoachId,
  current: current(found),
  versions: found.versions.map(toVersionObject),
  amended: found.note.currentVersion > 1,
  acknowledged: found.note.acknowledgedVersion === found.note.currentVersion,
  acknowledgedVersion: found.note.acknowledgedVersion,
  acknowledgedAt: found.note.acknowledgedAt,
});

export function toTemplateObject(
  kind: SessionKind,
  type: SessionNoteType,
  language: NoteLanguage,
): SessionNoteTemplate {
  const headings = noteTemplateHeadings(kind, type, language);
  return {
    kind: toGraphQLEnum(kind),
    type: toGraphQLEnum(type),
    language,
    headings: [...headings.text],
    text: prefill(headings.text),
    nextStepsHeadings: [...headings.nextSteps],
    nextSteps: type === 'summary' ? prefill(headings.nextSteps) : null,
  };
}
