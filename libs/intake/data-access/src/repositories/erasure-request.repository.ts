import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErasureRequestEntity } from '../entities/erasure-request.entity';

/** A pending request with what ops need to recognise the person. */
export interface PendingErasureRequest {
  candidateId: string;
  requestedAt: Date;
  firstName: string;
  lastName: string;
  employeeNumber: string;
  programmeName: string;
}

@Injectable()
export class ErasureRequestRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records the request, or keeps the earlier one: the answer is the request in force. */
  async record(manager: EntityManager, row: ErasureRequestEntity): Promise<ErasureRequestEntity> {
    await manager.createQueryBuilder().insert().into(ErasureRequestEntity).values(row).orIgnore().execute();
    return await manager.findOneByOrFail(ErasureRequestEntity, { candidateId: row.candidateId });
  }

  find(candidateId: string): Promise<ErasureRequestEntity | null> {
    return this.dataSource.getRepository(ErasureRequestEntity).findOneBy({ candidateId });
  }

  /** Requests from people of programmes these offices serve ('all': every office), oldest first. */
  async pending(officeIds: readonly string[] | 'all', limit: number): Promise<PendingErasureRequest[]> {
    const rows: {
      candidate_id: string;
      requested_at: Date;
      first_name: string;
      last_name: string;
      employee_number: string;
      programme_name: string;
    }[] = await this.dataSource.query(
      `SELECT r.candidate_id, r.requested_at, c.first_name, c.last_name, c.employee_number, p.name AS programme_name
       FROM erasure_request r
       JOIN candidate c ON c.id = r.candidate_id
       JOIN programme p ON p.id = r.programme_id
       WHERE $1::uuid[] IS NULL OR p.office_ids && $1::uuid[]
       ORDER BY r.requested_at, r.candidate_id LIMIT $2`,
      [officeIds === 'all' ? null : officeIds, limit],
    );
    return rows.map((row) => ({
      candidateId: row.candidate_id,
      requestedAt: row.requested_at,
      firstName: row.first_name,
      lastName: row.last_name,
      employeeNumber: row.employee_number,
      programmeName: row.programme_name,
    }));
  }
}
