import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SmsSinkEntity } from '../entities/sms-sink.entity';

/** The development SMS provider's inbox. */
@Injectable()
export class SmsSinkRepository {
  constructor(private readonly dataSource: DataSource) {}

  async receive(text: SmsSinkEntity): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO sms_sink (message_id, to_number, sender, body, received_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (message_id) DO NOTHING`,
      [text.messageId, text.toNumber, text.sender, text.body, text.receivedAt],
    );
  }

  received(toNumber: string): Promise<SmsSinkEntity[]> {
    return this.dataSource
      .getRepository(SmsSinkEntity)
      .find({ where: { toNumber }, order: { receivedAt: 'ASC' } });
  }
}
