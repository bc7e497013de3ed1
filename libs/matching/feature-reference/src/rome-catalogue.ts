import { OccupationCatalogue, SkillSpace, type JobTitle } from '@passerelle/matching/domain';
import type { RomeRelease } from './reference-files';

/** The ranking's view of a ROME release: occupations with their skills, mobility links, skill labels. */
export function catalogueFromRelease(release: RomeRelease): {
  catalogue: OccupationCatalogue;
  skills: SkillSpace;
} {
  const skillsByOccupation = new Map<string, string[]>();
  for (const link of release.occupationSkills) {
    const list = skillsByOccupation.get(link.romeCode) ?? [];
    list.push(link.skillCode);
    skillsByOccupation.set(link.romeCode, list);
  }
  const catalogue = new OccupationCatalogue(
    release.occupations.map((occupation) => ({
      code: occupation.code,
      label: occupation.label,
      domainCode: occupation.domainCode,
      riasecMajor: occupation.riasecMajor,
      riasecMinor: occupation.riasecMinor,
      skillCodes: skillsByOccupation.get(occupation.code) ?? [],
      regulated: occupation.regulated,
      executive: occupation.executive,
      entryLevel: occupation.entryLevel,
      parentCode: occupation.parentCode,
    })),
    release.mobility,
    new Map(release.skills.map((skill) => [skill.code, skill.label])),
    new Set(release.skills.filter((skill) => skill.certification).map((skill) => skill.code)),
  );
  const general = [
    ...release.occupationSkills.filter((link) => link.block === 'soft_skill').map((link) => link.skillCode),
    ...release.skills.filter((skill) => skill.general).map((skill) => skill.code),
  ];
  return { catalogue, skills: SkillSpace.specific(skillsByOccupation.values(), general) };
}

export function jobTitlesFromRelease(release: RomeRelease): JobTitle[] {
  return release.titles.map((title) => ({
    code: title.code,
    romeCode: title.romeCode,
    label: title.label,
    shortLabel: title.shortLabel,
  }));
}

/** Each occupation's skill labels in ROME's order: what the title matcher reads beside the titles. */
export function skillLabelsByOccupation(release: RomeRelease): Map<string, string[]> {
  const labels = new Map(release.skills.map((skill) => [skill.code, skill.label]));
  const byOccupation = new Map<string, string[]>();
  for (const link of release.occupationSkills) {
    const label = labels.get(link.skillCode);
    if (!label) continue;
    const list = byOccupation.get(link.romeCode) ?? [];
    list.push(label);
    byOccupation.set(link.romeCode, list);
  }
  return byOccupation;
}
