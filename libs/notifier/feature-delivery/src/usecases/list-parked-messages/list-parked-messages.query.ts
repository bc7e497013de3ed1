import type { PageRequest } from '@passerelle/shared/graphql';

export interface ListParkedMessagesQuery {
  /** The caller's offices, or null for all. */
  officeIds: string[] | null;
  page: PageRequest;
}
