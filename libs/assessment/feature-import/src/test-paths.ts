import { join } from 'node:path';

/** The reference data folder beside the project (README: `../shared/data`), and the project's sample. */
export const SHARED_DATA = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'data');
export const RIASEC_ITEMS_DIR = join(SHARED_DATA, 'riasec-items');
export const ROME_DIR = join(SHARED_DATA, 'rome4-v460');
export const ROME_SAMPLE_DIR = join(__dirname, '..', 'sample', 'rome');
