import { Inject, Injectable } from '@nestjs/common';
import {
  INTERNAL_CALL_SETTINGS,
  InternalCallError,
  callInternal,
  type InternalCallSettings,
} from '@passerelle/shared/auth';
import { SERVICE_CONFIG, type IntakeConfig } from '@passerelle/shared/config';
import {
  personalDataPath,
  servicePersonalDataSchema,
  type PersonalDataRequest,
  type ServiceName,
  type ServicePersonalData,
} from '@passerelle/shared/contracts';

/** The services asked for their part of a person's export, in the order the archive lists them. */
export const EXPORT_SOURCES = [
  'assessment',
  'pathway',
  'matching',
  'scheduling',
  'notifier',
  'identity',
  'career',
] as const satisfies readonly ServiceName[];
export type ExportSource = (typeof EXPORT_SOURCES)[number];

/**
 * Why a service's part is missing: it did not answer in time, could not be reached or has no such
 * route (`unavailable`), refused intake's token (`refused`), or answered something that is not one
 * person's data, or not this person's (`invalid_answer`).
 */
export type MissingReason = 'timeout' | 'unavailable' | 'refused' | 'invalid_answer';

export type ServicePart =
  | { service: ExportSource; answered: true; data: ServicePersonalData }
  | { service: ExportSource; answered: false; reason: MissingReason };

/**
 * Asks every service for its part of a person's export at once (decision 0022), each with intake's
 * service token and a time limit; a part that does not come is named with the reason, never dropped.
 */
@Injectable()
export class PersonalDataSources {
  private readonly targets: { service: ExportSource; baseUrl: string }[];

  constructor(
    @Inject(INTERNAL_CALL_SETTINGS) private readonly settings: InternalCallSettings,
    @Inject(SERVICE_CONFIG) private readonly config: IntakeConfig,
  ) {
    const baseUrls: Record<ExportSource, string> = {
      assessment: config.ASSESSMENT_INTERNAL_URL,
      pathway: config.PATHWAY_INTERNAL_URL,
      matching: config.MATCHING_INTERNAL_URL,
      scheduling: config.SCHEDULING_INTERNAL_URL,
      notifier: config.NOTIFIER_INTERNAL_URL,
      identity: config.IDENTITY_INTERNAL_URL,
      career: config.CAREER_INTERNAL_URL,
    };
    this.targets = EXPORT_SOURCES.map((service) => ({ service, baseUrl: baseUrls[service] }));
  }

  gather(request: PersonalDataRequest): Promise<ServicePart[]> {
    const query = new URLSearchParams({
      requestedBy: request.requestedBy,
      requestedByRole: request.requestedByRole,
    });
    const path = `${personalDataPath(request.candidateId)}?${query.toString()}`;
    return Promise.all(
      this.targets.map(async (target): Promise<ServicePart> => {
        const missing = (reason: MissingReason): ServicePart => ({
          service: target.service,
          answered: false,
          reason,
        });
        let answer: unknown;
        try {
          answer = await callInternal<unknown>(this.settings, target, path, {
            timeoutMs: this.config.PERSONAL_DATA_EXPORT_TIMEOUT_MS,
          });
        } catch (error) {
          return missing(reasonOf(error));
        }
        if (answer === null) return missing('unavailable');
        const parsed = servicePersonalDataSchema.safeParse(answer);
        if (
          !parsed.success ||
          parsed.data.service !== target.service ||
          parsed.data.candidateId !== request.candidateId
        ) {
          return missing('invalid_answer');
        }
        return { service: target.service, answered: true, data: parsed.data };
      }),
    );
  }
}

function reasonOf(error: unknown): MissingReason {
  if (error instanceof InternalCallError) {
    return error.status === 401 || error.status === 403 ? 'refused' : 'unavailable';
  }
  // fetch rejects with the signal's DOMException, which need not be an Error of this realm.
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : null;
  return name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'unavailable';
}
