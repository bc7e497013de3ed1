import type { MobilityModel } from './learned-mobility';
import shipped from './mobility-model.v1.json';

/**
 * The learned mobility the product ranks with: 400 trees of depth 6 trained on every ROME 4
 * occupation's links (`npm run train:mobility-model`), thresholds and leaf values only
 * (docs/decisions/0053-learned-mobility-ranking.md). Retrain and bump the version with a new ROME
 * release or a change to `PAIR_FEATURES`.
 */
export const SHIPPED_MOBILITY_MODEL: MobilityModel = shipped as MobilityModel;
