import { join } from 'node:path';

// SDL that several subgraphs serve alike, kept once. A feature adds the file to its own type paths;
// `defineServiceApp` loads each file once however many features name it.

/** `SuppressionReason`: why an aggregate count is hidden (every sponsor-facing count uses it). */
export const SUPPRESSION_TYPE_PATHS = [join(__dirname, 'suppression.graphql')];

/** `PageInfo` (shareable): where the next page of a cursor-paginated list starts. */
export const PAGE_INFO_TYPE_PATHS = [join(__dirname, 'page-info.graphql')];
