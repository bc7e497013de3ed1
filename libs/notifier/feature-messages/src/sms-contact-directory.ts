import { Inject, Injectable } from '@nestjs/common';
import { callInternal, INTERNAL_CALL_SETTINGS, type InternalCallSettings } from '@passerelle/shared/auth';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';

/**
 * The number to text a person at, as intake answers it (decision 0018), only while their consent
 * to texts holds there: null otherwise (unknown, erased, or consent withdrawn meanwhile).
 */
export abstract class SmsContactDirectory {
  abstract mobileOf(candidateId: string): Promise<string | null>;
}

@Injectable()
export class IntakeSmsContactDirectory extends SmsContactDirectory {
  private readonly target: { service: string; baseUrl: string };

  constructor(
    @Inject(INTERNAL_CALL_SETTINGS) private readonly settings: InternalCallSettings,
    @Inject(SERVICE_CONFIG) config: NotifierConfig,
  ) {
    super();
    this.target = { service: 'intake', baseUrl: config.INTAKE_INTERNAL_URL };
  }

  async mobileOf(candidateId: string): Promise<string | null> {
    const answer = await callInternal<{ mobile: string }>(
      this.settings,
      this.target,
      `/internal/candidates/${encodeURIComponent(candidateId)}/sms-contact`,
    );
    return answer?.mobile ?? null;
  }
}
