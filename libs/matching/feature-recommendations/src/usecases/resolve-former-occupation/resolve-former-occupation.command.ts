import type { TitleContext } from '@passerelle/matching/domain';

export interface ResolveFormerOccupationCommand {
  candidateId: string;
  programmeId: string;
  /** A ROME code the HR file gave itself: it wins, no title is resolved. */
  givenCode: string | null;
  /** The former job title as HR wrote it. */
  formerJobTitle: string | null;
  /** The employer's NAF code and the HR file's service, kept on the profile (decision 0039). */
  context: TitleContext;
  now: Date;
}
