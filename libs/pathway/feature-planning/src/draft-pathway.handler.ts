import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import { PathwayRepository } from '@passerelle/pathway/data-access';
import type { DraftPathwayCommand } from './draft-pathway.command';

@Injectable()
export class DraftPathwayHandler {
  constructor(
    private readonly pathways: PathwayRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Runs in the caller's transaction (the inbox's), so the draft and its event commit together. */
  async execute(manager: EntityManager, command: DraftPathwayCommand): Promise<void> {
    const pathway = {
      id: randomUUID(),
      candidateId: command.candidateId,
      programmeId: command.programmeId,
      status: 'draft' as const,
      createdAt: new Date(),
    };
    if (!(await this.pathways.insertDraftIfAbsent(manager, pathway))) return;
    await this.outbox.append(manager, [
      createEvent('PathwayDrafted.v1', command.candidateId, {
        pathwayId: pathway.id,
        candidateId: pathway.candidateId,
        programmeId: pathway.programmeId,
        draftedAt: pathway.createdAt.toISOString(),
      }),
    ]);
  }
}
