import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { pageRequest, parseInput, toGraphQLEnum, type Page } from '@passerelle/shared/graphql';
import type { ParkedMessage, RetriedMessage } from '@passerelle/notifier/graphql-types';
import { invalidDeliveryInput } from './delivery.error';
import { parkedScopeOf } from './parked-message-scope';
import { toParkedMessageObject } from './parked-message.object';
import { ListParkedMessagesHandler } from './usecases/list-parked-messages/list-parked-messages.handler';
import { retryParkedMessageCommandSchema } from './usecases/retry-parked-message/retry-parked-message.command';
import { RetryParkedMessageHandler } from './usecases/retry-parked-message/retry-parked-message.handler';

/** Ops' view of the mail that could not go, scoped to their offices (or all). */
@Resolver('ParkedMessage')
export class ParkedMessageResolver {
  constructor(
    private readonly list: ListParkedMessagesHandler,
    private readonly retry: RetryParkedMessageHandler,
    private readonly clock: Clock,
  ) {}

  @Query('parkedMessages')
  @Roles('ops')
  async parkedMessages(
    @Args('first') first: number | undefined,
    @Args('after') after: string | undefined,
    @CurrentIdentity() identity: Identity,
  ): Promise<Page<ParkedMessage>> {
    if (identity.role !== 'ops') return { nodes: [], pageInfo: { endCursor: null, hasNextPage: false } };
    const page = await this.list.execute({
      officeIds: parkedScopeOf(identity),
      page: pageRequest(first, after),
    });
    return { nodes: page.nodes.map(toParkedMessageObject), pageInfo: page.pageInfo };
  }

  @Mutation('retryParkedMessage')
  @Roles('ops')
  async retryParkedMessage(
    @Args('id') id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<RetriedMessage> {
    if (identity.role !== 'ops') throw new Error('unreachable: @Roles(ops)');
    const input = parseInput(retryParkedMessageCommandSchema, { id }, invalidDeliveryInput);
    const message = await this.retry.execute(
      { ...input, officeIds: parkedScopeOf(identity) },
      this.clock.now(),
    );
    return { id: message.id, kind: toGraphQLEnum(message.kind), nextAttemptAt: message.nextAttemptAt };
  }
}
