import { z } from 'zod';

// Words several services share. An event schema uses these so that a value one service writes is
// a value every other service understands; adding a value is a compatible change, removing one is not.

/** The four tracks the diagnostic orients a person to (brief, journey step 3). */
export const TRACKS = [
  'direct_reemployment',
  'retraining',
  'business_creation',
  'retirement_transition',
] as const;
export const trackSchema = z.enum(TRACKS);
export type Track = z.infer<typeof trackSchema>;

/** The legal frame of a programme: PSE, congé de reclassement, CSP, or a voluntary scheme. */
export const PROGRAMME_TYPES = ['pse', 'conge_de_reclassement', 'csp', 'voluntary'] as const;
export const programmeTypeSchema = z.enum(PROGRAMME_TYPES);
export type ProgrammeType = z.infer<typeof programmeTypeSchema>;

/** Outcome categories of the French end-of-programme report. */
export const OUTCOME_CATEGORIES = [
  'permanent_contract',
  'fixed_term_6_months_or_more',
  'short_fixed_term_or_temporary',
  'business_creation',
  'training',
  'retirement',
  'other',
  'still_searching',
] as const;
export const outcomeCategorySchema = z.enum(OUTCOME_CATEGORIES);
export type OutcomeCategory = z.infer<typeof outcomeCategorySchema>;

export const SESSION_KINDS = ['welcome', 'diagnostic', 'debrief', 'follow_up', 'group_workshop'] as const;
export const sessionKindSchema = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof sessionKindSchema>;

export const SESSION_MODES = ['in_person', 'video', 'phone'] as const;
export const sessionModeSchema = z.enum(SESSION_MODES);
export type SessionMode = z.infer<typeof sessionModeSchema>;

/** What a group workshop is about: the subjects outplacement workshops cover. */
export const WORKSHOP_TOPICS = [
  'cv_and_applications',
  'interviews',
  'networking',
  'job_market',
  'business_creation',
  'training_and_funding',
  'wellbeing',
] as const;
export const workshopTopicSchema = z.enum(WORKSHOP_TOPICS);
export type WorkshopTopic = z.infer<typeof workshopTopicSchema>;

export const RIASEC_TYPES = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export const riasecTypeSchema = z.enum(RIASEC_TYPES);
export type RiasecType = z.infer<typeof riasecTypeSchema>;

/** A NAF code (APE) as INSEE writes it, such as "10.51C": the employer's trade (decision 0039). */
export const nafCodeSchema = z.string().regex(/^\d{2}\.\d{2}[A-Z]$/, 'a NAF code such as 10.51C');

export const romeCodeSchema = z.string().regex(/^[A-N]\d{4}$/, 'a ROME code such as M1805');
export const isoDateSchema = z.iso.date();
export const instantSchema = z.iso.datetime({ offset: true });
