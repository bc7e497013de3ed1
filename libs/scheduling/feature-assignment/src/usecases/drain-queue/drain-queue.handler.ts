import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CapacityRepository } from '@passerelle/scheduling/data-access';
import { AssignCoachHandler } from '../assign-coach/assign-coach.handler';
import type { DrainQueueCommand } from './drain-queue.command';

/** How many people waiting are read at a time. */
export const DRAIN_BATCH = 50;

/**
 * The queue drains by itself when a coach gets room: the people waiting whom the coach may follow
 * are tried again, oldest first, a batch at a time, each through the assignment's own rule (which
 * may give them another coach with more room), each with its CoachAssigned. It stops once the coach
 * is full or nobody is left to try. Runs in the caller's transaction (the inbox transaction of the
 * event that freed the room, or the mutation's), so a replay finds the queue already drained.
 */
@Injectable()
export class DrainQueueHandler {
  constructor(
    private readonly capacity: CapacityRepository,
    private readonly assign: AssignCoachHandler,
  ) {}

  /** The number of people who got a coach. */
  async execute(manager: EntityManager, command: DrainQueueCommand): Promise<number> {
    const coach = await this.capacity.coachRoom(manager, command.coachId);
    if (!coach?.active) return 0;
    let assigned = 0;
    let freePlaces = coach.freePlaces;
    let after: { queuedAt: Date; candidateId: string } | null = null;
    while (freePlaces > 0) {
      const batch = await this.capacity.waitingFor(manager, coach, after, DRAIN_BATCH);
      for (const person of batch) {
        const decision = await this.assign.execute(manager, {
          candidateId: person.candidateId,
          trigger: 'capacity_freed',
        });
        if (decision?.outcome !== 'assigned') continue;
        assigned++;
        if (decision.coachId === coach.id && --freePlaces === 0) break;
      }
      const last = batch[batch.length - 1];
      if (!last || batch.length < DRAIN_BATCH) break;
      after = last;
    }
    return assigned;
  }
}
