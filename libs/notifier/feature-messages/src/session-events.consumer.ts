import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Clock } from '@passerelle/shared/clock';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import type { SessionFacts } from '@passerelle/notifier/domain';
import { AskCoachChangeHandler } from './usecases/ask-coach-change/ask-coach-change.handler';
import {
  notifySessionChangeOf,
  type SessionChangeEvent,
} from './usecases/notify-session-change/notify-session-change.command';
import { NotifySessionChangeHandler } from './usecases/notify-session-change/notify-session-change.handler';
import { RemindSessionHandler } from './usecases/remind-session/remind-session.handler';

type SlotPayload = Omit<EventOf<'SessionBooked.v1'>['payload'], 'bookedAt'>;

const factsOf = (slot: SlotPayload): SessionFacts => ({
  sessionId: slot.sessionId,
  kind: slot.kind,
  mode: slot.mode,
  startsAt: new Date(slot.startsAt),
  endsAt: new Date(slot.endsAt),
});

/** Scheduling's session events (and a coach change offered), each one message to the person of the seat. */
@Controller()
export class SessionEventsConsumer {
  constructor(
    private readonly sessionChange: NotifySessionChangeHandler,
    private readonly reminder: RemindSessionHandler,
    private readonly askCoachChange: AskCoachChangeHandler,
    private readonly clock: Clock,
  ) {}

  /** A booking; a seat freed in a full workshop and given to the first waiting says so. */
  @OnEvent('SessionBooked.v1')
  onBooked(@Payload() event: EventOf<'SessionBooked.v1'>, @Ctx() context: InboxContext): Promise<void> {
    return this.notifyChange(event, context);
  }

  @OnEvent('SessionRescheduled.v1')
  onRescheduled(
    @Payload() event: EventOf<'SessionRescheduled.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    return this.notifyChange(event, context);
  }

  @OnEvent('SessionCancelled.v1')
  onCancelled(@Payload() event: EventOf<'SessionCancelled.v1'>, @Ctx() context: InboxContext): Promise<void> {
    return this.notifyChange(event, context);
  }

  @OnEvent('CoachChangeProposed.v1')
  async onCoachChangeProposed(
    @Payload() event: EventOf<'CoachChangeProposed.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.askCoachChange.execute(
      context.manager,
      { eventId: event.eventId, candidateId: event.payload.candidateId, session: factsOf(event.payload) },
      this.clock.now(),
    );
  }

  @OnEvent('SessionReminderDue.v1')
  async onReminderDue(
    @Payload() event: EventOf<'SessionReminderDue.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.reminder.execute(
      context.manager,
      {
        eventId: event.eventId,
        sessionId: event.payload.sessionId,
        candidateId: event.payload.candidateId,
        startsAt: new Date(event.payload.startsAt),
        leadMinutes: event.payload.leadMinutes,
      },
      this.clock.now(),
    );
  }

  /**
   * A booked, moved or cancelled seat: one message to its person, with the session's facts; kept
   * until their account exists when identity does not know them yet (decision 0052).
   */
  private async notifyChange(event: SessionChangeEvent, context: InboxContext): Promise<void> {
    await this.sessionChange.execute(
      context.manager,
      { ...notifySessionChangeOf(event), keepUntilAccount: event },
      this.clock.now(),
    );
  }
}
