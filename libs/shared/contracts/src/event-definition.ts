import type { z } from 'zod';
import type { ServiceName } from './envelope';

/** One released version of one event: its type string, topic, producer and payload schema. */
export interface EventDefinition<
  TType extends string = string,
  TVersion extends number = number,
  TSchema extends z.ZodType = z.ZodType,
> {
  readonly type: TType;
  readonly version: TVersion;
  readonly topic: string;
  readonly producer: ServiceName;
  readonly schema: TSchema;
}

export function defineEvent<TType extends string, TVersion extends number, TSchema extends z.ZodType>(
  definition: EventDefinition<TType, TVersion, TSchema>,
): EventDefinition<TType, TVersion, TSchema> {
  return Object.freeze(definition);
}

/** `CandidateEnrolled.v1`: the key under which a version is registered and routed. */
export function eventKey(type: string, version: number): string {
  return `${type}.v${version}`;
}
