import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A programme's sponsor and offices, as the candidate-scope projection records them. */
@Injectable()
export class ProgrammeScopeReader {
  constructor(private readonly dataSource: DataSource) {}

  async find(programmeId: string): Promise<{ sponsorId: string; officeIds: string[] } | null> {
    const [row] = (await this.dataSource.query(
      `SELECT sponsor_id AS "sponsorId", office_ids AS "officeIds" FROM candidate_scope WHERE programme_id = $1 LIMIT 1`,
      [programmeId],
    )) as { sponsorId: string; officeIds: string[] }[];
    return row ?? null;
  }
}
