import type { CvContent, CvLanguage, CvSkill } from './cv';
import { normaliseSkill } from './cv-tailoring';

/**
 * What the platform knows of the person, as ONE gateway query over the federated `Candidate`
 * returns it (decision 0031): intake's identity and former job, the programme's sponsor (the
 * former employer), matching's ROME skills shared with the suggested occupations, and the skills
 * of assessment's released skills inventories. Career itself holds no names.
 */
export interface CvPrefillSources {
  /** yyyy-mm-dd, the service clock's date: a contract ending later is a job still held. */
  today: string;
  person: {
    firstName: string;
    lastName: string;
    email: string | null;
    phone: string | null;
    formerJobTitle: string | null;
    /** yyyy-mm-dd */
    hireDate: string | null;
    /** yyyy-mm-dd */
    contractEndDate: string | null;
    /** ISO 639-1 codes. */
    languages: string[];
  };
  /** The sponsor's name: the company the person worked for. */
  formerEmployer: string | null;
  /** ROME skills (matching), most telling first. */
  romeSkills: { code: string; label: string }[];
  /** Skills from released skills inventories (assessment): ROME code or null for the person's own words. */
  assessedSkills: { code: string | null; label: string; rating: number }[];
}

/** How many skills the prefill proposes: a CV lists a dozen, the person adds or removes. */
export const PREFILL_SKILLS = 12;
/** A skill the person rated below this (1..5) in the inventory is not proposed. */
export const PREFILL_MIN_RATING = 3;

const LANGUAGE_NAMES: Record<string, string> = {
  fr: 'Français',
  en: 'Anglais',
  es: 'Espagnol',
  de: 'Allemand',
  it: 'Italien',
  pt: 'Portugais',
  ar: 'Arabe',
  tr: 'Turc',
  pl: 'Polonais',
  ro: 'Roumain',
  zh: 'Chinois',
  ru: 'Russe',
  nl: 'Néerlandais',
  wo: 'Wolof',
  vi: 'Vietnamien',
};

/**
 * The first version of a CV from what the platform knows. The identity and the former job come
 * from intake (the former employer is the sponsor; the job runs from the hire date to the contract's
 * end, or goes on when it ends after today); skills are the inventory's well-rated skills (best
 * first), then the ROME's, without repeats (same code or same label); languages are intake's, French
 * as mother tongue and the others at B1 for the person to correct. Town, trainings and interests
 * are the person's to write.
 */
export function prefillCv(sources: CvPrefillSources): CvContent {
  const { person } = sources;
  const month = (date: string | null) => (date === null ? null : date.slice(0, 7));
  const experiences =
    person.formerJobTitle && sources.formerEmployer && person.hireDate
      ? [
          {
            employer: sources.formerEmployer,
            jobTitle: person.formerJobTitle,
            start: person.hireDate.slice(0, 7),
            end:
              person.contractEndDate !== null && person.contractEndDate <= sources.today
                ? month(person.contractEndDate)
                : null,
            lines: [],
          },
        ]
      : [];

  const skills: CvSkill[] = [];
  const seen = new Set<string>();
  const take = (skill: CvSkill) => {
    const keys = [`label:${normaliseSkill(skill.label)}`, ...(skill.code ? [`code:${skill.code}`] : [])];
    if (skills.length >= PREFILL_SKILLS || keys.some((key) => seen.has(key)) || skill.label.trim() === '')
      return;
    keys.forEach((key) => seen.add(key));
    skills.push(skill);
  };
  [...sources.assessedSkills]
    .filter((skill) => skill.rating >= PREFILL_MIN_RATING)
    .sort((a, b) => b.rating - a.rating)
    .forEach((skill) => take({ label: skill.label.trim(), code: skill.code, source: 'assessment' }));
  sources.romeSkills.forEach((skill) => take({ label: skill.label, code: skill.code, source: 'rome' }));

  const languages: CvLanguage[] = [...new Set(person.languages.map((code) => code.toLowerCase()))].map(
    (code) => ({
      language: LANGUAGE_NAMES[code] ?? code.toUpperCase(),
      level: code === 'fr' ? 'native' : 'b1',
    }),
  );

  return {
    identity: {
      fullName: `${person.firstName.trim()} ${person.lastName.trim()}`.trim(),
      email: person.email,
      phone: person.phone,
      town: null,
    },
    headline: person.formerJobTitle?.trim() ?? '',
    experiences,
    skills,
    trainings: [],
    languages,
    interests: [],
  };
}
