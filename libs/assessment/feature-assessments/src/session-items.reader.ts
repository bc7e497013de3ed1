import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InstrumentDefinition, Localised } from '@passerelle/assessment/domain';
import {
  AssessmentRepository,
  InstrumentRepository,
  type AssessmentEntity,
} from '@passerelle/assessment/data-access';

export interface SessionItem {
  itemId: string;
  text: Localised;
  scale: string | null;
  /** Skills inventory: the occupation the skill was drawn from. */
  occupationCode: string | null;
}

export interface SessionItems {
  instrument: InstrumentDefinition;
  items: SessionItem[];
}

/**
 * The questions of one session: the instrument version's items, or for a skills inventory the
 * ROME skills chosen for this person when it was assigned (ROME labels exist in French only).
 */
@Injectable()
export class SessionItemsReader {
  constructor(
    private readonly instruments: InstrumentRepository,
    private readonly sessions: AssessmentRepository,
  ) {}

  async of(session: AssessmentEntity, manager?: EntityManager): Promise<SessionItems> {
    const instrument = await this.instruments.findVersion(
      session.instrumentCode,
      session.instrumentVersion ?? '',
      manager,
    );
    if (!instrument) {
      throw new Error(
        `assessment ${session.id}: instrument ${session.instrumentCode} version ${session.instrumentVersion} is missing`,
      );
    }
    if (instrument.kind !== 'skills_inventory') {
      return {
        instrument,
        items: instrument.items.map((item) => ({
          itemId: item.id,
          text: item.text,
          scale: item.scale,
          occupationCode: null,
        })),
      };
    }
    const skills = await this.sessions.skillItems(session.id, manager);
    return {
      instrument,
      items: skills.map((skill) => ({
        itemId: skill.skillCode,
        text: { fr: skill.label, en: skill.label },
        scale: null,
        occupationCode: skill.occupationCode,
      })),
    };
  }
}
