// Freezes the payload schema of every event version that has none in libs/shared/contracts/src/released.
// Run once when a new version is added; the compatibility test then guards it for good.
import { releaseNewSchemas } from '@passerelle/shared/contracts/released-schemas';

const released = releaseNewSchemas();
console.log(released.length ? `released: ${released.join(', ')}` : 'nothing new to release');
