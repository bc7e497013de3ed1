import { createHash } from 'node:crypto';

/** The namespace of Passerelle's pathway ids (a fixed random uuid). */
const PATHWAY_NAMESPACE = '6f1c2b7e-4a57-4c1e-9a43-2d8f0b9e5c31';

/**
 * A name-based (version 5) uuid: the same inputs always give the same id, so a pathway and the
 * milestones planned from a template get the same ids whatever order the events came in.
 */
export function nameBasedUuid(...parts: string[]): string {
  const namespace = Buffer.from(PATHWAY_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(parts.join('\u0000')).digest();
  const bytes = hash.subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6); // version 5
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8); // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function pathwayIdOf(candidateId: string): string {
  return nameBasedUuid('pathway', candidateId);
}

export function plannedMilestoneIdOf(pathwayId: string, templateKey: string): string {
  return nameBasedUuid('milestone', pathwayId, templateKey);
}
