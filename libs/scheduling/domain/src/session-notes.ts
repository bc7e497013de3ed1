import type { SessionKind } from '@passerelle/shared/contracts';
import type { Caller } from './access';
import type { ParticipantStatus } from './session-attendance';

/**
 * After a session, its coach writes two things about each person in it: a confidential note (the
 * coach's own working note, read by its author alone) and a summary with next steps (the person
 * reads it and acknowledges it). Both are amended by new versions, never rewritten.
 */
export const SESSION_NOTE_TYPES = ['confidential', 'summary'] as const;
export type SessionNoteType = (typeof SESSION_NOTE_TYPES)[number];

export const NOTE_LANGUAGES = ['fr', 'en'] as const;
export type NoteLanguage = (typeof NOTE_LANGUAGES)[number];

/** Length limits, in characters. */
export const NOTE_TEXT_MAX = 20_000;
export const NEXT_STEPS_MAX = 5_000;
export const AMEND_REASON_MIN = 3;
export const AMEND_REASON_MAX = 500;

/** Why writing, amending, reading or acknowledging is refused: the GraphQL `extensions.code`. */
export type SessionNoteRefusal =
  /** The session is not the caller's to see (the same answer as for a session that does not exist). */
  | 'SESSION_NOT_FOUND'
  /** Only the session's coach writes; only a note's author amends it. */
  | 'NOTE_AUTHOR_ONLY'
  /** The person's session has not taken place (still booked, or cancelled). */
  | 'SESSION_NOT_HELD'
  /** A summary is of a session the person attended; a no-show gets none. */
  | 'PERSON_DID_NOT_ATTEND'
  /** A second note for the same person and session: amend the first. */
  | 'NOTE_ALREADY_WRITTEN'
  | 'NOTE_NOT_FOUND'
  /** An amendment must change something. */
  | 'NOTE_UNCHANGED'
  /** The person acknowledges the version they read; it has been amended since. */
  | 'SUMMARY_AMENDED';

/** Headings of a note or summary, and of a summary's next steps, in one language. */
export interface NoteTemplateHeadings {
  text: readonly string[];
  /** A summary's next steps; empty for a confidential note. */
  nextSteps: readonly string[];
}

const NEXT_STEPS: Record<NoteLanguage, readonly string[]> = {
  fr: [
    'Vos actions d’ici notre prochain rendez-vous',
    'Ce que je prépare de mon côté',
    'Notre prochain rendez-vous',
  ],
  en: ['What you will do before we next meet', 'What I will prepare', 'Our next meeting'],
};

/** The headings of each kind of session, as data: the coach starts from them, and may change them. */
export const NOTE_TEMPLATES: Record<
  SessionKind,
  Record<SessionNoteType, Record<NoteLanguage, readonly string[]>>
> = {
  welcome: {
    confidential: {
      fr: [
        'Premières impressions',
        'Situation et attentes',
        'Points de vigilance',
        'À préparer pour la suite',
      ],
      en: ['First impressions', 'Situation and expectations', 'Points to watch', 'To prepare next'],
    },
    summary: {
      fr: ['Ce que nous avons vu ensemble', 'Comment se déroule votre accompagnement', 'Vos questions'],
      en: ['What we went through together', 'How your support will run', 'Your questions'],
    },
  },
  diagnostic: {
    confidential: {
      fr: ['Parcours et compétences', 'Motivations et freins', 'Parcours envisagé', 'Points de vigilance'],
      en: ['Background and skills', 'Motivations and obstacles', 'Track considered', 'Points to watch'],
    },
    summary: {
      fr: ['Votre parcours en quelques mots', 'Vos atouts', 'Les pistes évoquées ensemble'],
      en: ['Your background in a few words', 'Your strengths', 'The paths we discussed'],
    },
  },
  debrief: {
    confidential: {
      fr: ['Réactions aux résultats', 'Ma lecture des résultats', 'Hypothèses à vérifier'],
      en: ['Reactions to the results', 'My reading of the results', 'Hypotheses to check'],
    },
    summary: {
      fr: ['Ce que disent vos résultats', 'Ce que nous en retenons'],
      en: ['What your results say', 'What we take from them'],
    },
  },
  follow_up: {
    confidential: {
      fr: [
        'Avancées depuis le dernier rendez-vous',
        'Difficultés rencontrées',
        'Observations',
        'Points de vigilance',
      ],
      en: ['Progress since the last meeting', 'Difficulties', 'Observations', 'Points to watch'],
    },
    summary: {
      fr: ['Où vous en êtes', 'Ce que nous avons travaillé'],
      en: ['Where you are', 'What we worked on'],
    },
  },
  group_workshop: {
    confidential: {
      fr: ['Participation', 'Observations', 'À reprendre en entretien individuel'],
      en: ['Participation', 'Observations', 'To take up one to one'],
    },
    summary: {
      fr: ['Ce que l’atelier a abordé', 'Ce que vous en retenez'],
      en: ['What the workshop covered', 'What you take from it'],
    },
  },
};

/** The headings to start from for a kind of session. */
export function noteTemplateHeadings(
  kind: SessionKind,
  type: SessionNoteType,
  language: NoteLanguage,
): NoteTemplateHeadings {
  return {
    text: NOTE_TEMPLATES[kind][type][language],
    nextSteps: type === 'summary' ? NEXT_STEPS[language] : [],
  };
}

/** Headings as the text a coach edits: each on its own line, a blank line under it to write in. */
export const prefill = (headings: readonly string[]): string =>
  headings.map((heading) => `${heading}\n\n`).join('\n');

/**
 * Whether the caller may write a note or summary on this person's session: the session's coach
 * only, once the session took place for the person (attended; a no-show takes a confidential note,
 * e.g. how the coach tried to reach them, but no summary: nothing was said to sum up).
 * `canSee` is whether the session is visible to the caller at all (`sessionAccess`).
 */
export function noteWriteRefusal(
  caller: Caller,
  session: { coachId: string },
  canSee: boolean,
  type: SessionNoteType,
  participant: ParticipantStatus,
): SessionNoteRefusal | null {
  if (!canSee) return 'SESSION_NOT_FOUND';
  if (caller.role !== 'coach' || caller.coachId !== session.coachId) return 'NOTE_AUTHOR_ONLY';
  if (participant === 'booked' || participant === 'cancelled') return 'SESSION_NOT_HELD';
  if (type === 'summary' && participant === 'no_show') return 'PERSON_DID_NOT_ATTEND';
  return null;
}

/** What a version says: a summary's next steps are null for a confidential note. */
export interface NoteContent {
  text: string;
  nextSteps: string | null;
}

/** An amendment: by the note's author only, and it must change what the current version says. */
export function amendmentRefusal(
  caller: Caller,
  note: { authorCoachId: string },
  current: NoteContent,
  next: NoteContent,
): SessionNoteRefusal | null {
  if (caller.role !== 'coach' || caller.coachId !== note.authorCoachId) return 'NOTE_AUTHOR_ONLY';
  if (current.text === next.text && (current.nextSteps ?? null) === (next.nextSteps ?? null))
    return 'NOTE_UNCHANGED';
  return null;
}

/**
 * The confidential note is its author's alone. Not the person, not ops, not the sponsor, and not
 * another coach, including one who takes over the person's caseload: what a new coach needs is in
 * the summaries (which they read) and in the handover, not in a colleague's working notes, written
 * for themself (docs/scheduling.md, "Session notes").
 */
export const mayReadConfidentialNote = (caller: Caller, note: { authorCoachId: string }): boolean =>
  caller.role === 'coach' && caller.coachId === note.authorCoachId;

/**
 * A summary: the person it is written for, the session's coach, and the person's current coach
 * (a coach taking over reads what was agreed). Neither ops nor sponsors: it is between the person
 * and their coach.
 */
export function mayReadSummary(
  caller: Caller,
  summary: { candidateId: string },
  sessionCoachId: string,
  currentCoachId: string | null,
): boolean {
  switch (caller.role) {
    case 'candidate':
      return caller.candidateId === summary.candidateId;
    case 'coach':
      return caller.coachId === sessionCoachId || caller.coachId === currentCoachId;
    case 'ops':
    case 'sponsor':
    case 'committee':
      return false;
  }
}

/**
 * The person acknowledges the version they read: the current one (`SUMMARY_AMENDED` when it was
 * amended meanwhile, so they read it again); acknowledging it again changes nothing; a version
 * that was never written is `NO_SUCH_VERSION` (bad input on `version`).
 */
export function acknowledgement(
  summary: { currentVersion: number; acknowledgedVersion: number | null },
  version: number,
): 'acknowledge' | 'already' | 'SUMMARY_AMENDED' | 'NO_SUCH_VERSION' {
  if (!Number.isInteger(version) || version < 1 || version > summary.currentVersion) return 'NO_SUCH_VERSION';
  if (version !== summary.currentVersion) return 'SUMMARY_AMENDED';
  return summary.acknowledgedVersion === version ? 'already' : 'acknowledge';
}
