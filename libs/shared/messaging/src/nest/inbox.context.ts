import { BaseRpcContext } from '@nestjs/microservices';
import type { EntityManager } from 'typeorm';
import type { AnyEvent } from '@passerelle/shared/contracts';

/** What an event handler gets besides the event: the transaction its inbox row commits in. */
export class InboxContext extends BaseRpcContext<[AnyEvent, EntityManager]> {
  get event(): AnyEvent {
    return this.args[0];
  }

  /** Write through this manager so the effect and the inbox row commit together. */
  get manager(): EntityManager {
    return this.args[1];
  }
}

/** What a batch handler (`@OnEventBatch`) gets besides the events: the batch's one transaction. */
export class InboxBatchContext extends BaseRpcContext<[readonly AnyEvent[], EntityManager]> {
  get events(): readonly AnyEvent[] {
    return this.args[0];
  }

  /** Write through this manager so the effects and the inbox rows commit together. */
  get manager(): EntityManager {
    return this.args[1];
  }
}
