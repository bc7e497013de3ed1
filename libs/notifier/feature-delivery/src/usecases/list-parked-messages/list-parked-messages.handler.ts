import { Injectable } from '@nestjs/common';
import { toPage, type Page } from '@passerelle/shared/graphql';
import { OutgoingMessageRepository, type OutgoingMessageEntity } from '@passerelle/notifier/data-access';
import type { ListParkedMessagesQuery } from './list-parked-messages.query';

@Injectable()
export class ListParkedMessagesHandler {
  constructor(private readonly messages: OutgoingMessageRepository) {}

  async execute(query: ListParkedMessagesQuery): Promise<Page<OutgoingMessageEntity>> {
    const [parkedAt, id] = query.page.after ?? [];
    const after =
      typeof parkedAt === 'string' && typeof id === 'string' ? { parkedAt: new Date(parkedAt), id } : null;
    const rows = await this.messages.listParked(query.officeIds, query.page.first + 1, after);
    return toPage(rows, query.page, (row) => [(row.parkedAt ?? row.createdAt).toISOString(), row.id]);
  }
}
