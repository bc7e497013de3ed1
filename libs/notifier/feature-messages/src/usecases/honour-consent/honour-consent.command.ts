import type { EventPayload } from '@passerelle/shared/contracts';

/** A consent intake recorded, as its event says it. */
export type HonourConsentCommand = EventPayload<'ConsentRecorded.v1'>;
