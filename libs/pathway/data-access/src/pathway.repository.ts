import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import { ErasedCandidateEntity } from './erased-candidate.entity';
import { MilestoneEntity } from './milestone.entity';
import { PathwayFactEntity } from './pathway-fact.entity';
import { PathwayHistoryEntity, type HistoryAction } from './pathway-history.entity';
import { URGENCIES, urgencyRank, type PathwayPhase } from '@passerelle/pathway/domain';
import { PathwayEntity, type PathwayStatus } from './pathway.entity';
import { insertRecordset } from './recordset-insert';

/** The domain's urgency order (immediate first), as SQL for the at-risk list. */
const URGENCY_ORDER = `CASE p.risk_urgency ${URGENCIES.map((u) => `WHEN '${u}' THEN ${urgencyRank(u)}`).join(' ')} END`;

export interface HistoryEntryInput {
  pathwayId: string;
  at: Date;
  actor: string;
  action: HistoryAction;
  milestoneId?: string | null;
  reason?: string | null;
  details?: object;
}

/** A person's pathway, its milestones, the facts known about them and the plan's history. */
@Injectable()
export class PathwayRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Serialises everything that touches one person's pathway, across consumers of different topics
   * and GraphQL mutations, until the transaction ends.
   */
  async lockCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`pathway:${candidateId}`]);
  }

  /**
   * The same locks as `lockCandidate` for a batch's people, in one statement, taken in id order so
   * two batches sharing people wait for each other instead of deadlocking.
   */
  async lockCandidates(manager: EntityManager, candidateIds: readonly string[]): Promise<void> {
    const ids = [...new Set(candidateIds)].sort();
    if (ids.length === 0) return;
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('pathway:' || l.id, 0))::text
         FROM (SELECT id FROM unnest($1::text[]) AS l(id) ORDER BY id OFFSET 0) l`,
      [ids],
    );
  }

  /**
   * What drafting needs to know of a batch's people, in one statement: who was erased, who has a
   * pathway already, who has facts recorded before their pathway.
   */
  async draftingState(
    manager: EntityManager,
    candidateIds: readonly string[],
  ): Promise<Map<string, { erased: boolean; drafted: boolean; hasFacts: boolean }>> {
    const ids = [...new Set(candidateIds)];
    if (ids.length === 0) return new Map();
    const rows: { id: string; erased: boolean; drafted: boolean; has_facts: boolean }[] = await manager.query(
      `SELECT c.id::text AS id,
              EXISTS (SELECT 1 FROM erased_candidate e WHERE e.candidate_id = c.id) AS erased,
              EXISTS (SELECT 1 FROM pathway p WHERE p.candidate_id = c.id) AS drafted,
              EXISTS (SELECT 1 FROM pathway_fact f WHERE f.candidate_id = c.id) AS has_facts
         FROM unnest($1::uuid[]) AS c(id)`,
      [ids],
    );
    return new Map(
      rows.map((row) => [row.id, { erased: row.erased, drafted: row.drafted, hasFacts: row.has_facts }]),
    );
  }

  /** Inserts a batch's new pathways in one statement, skipping any that exists; returns the people inserted. */
  async insertAllIfAbsent(manager: EntityManager, pathways: readonly PathwayEntity[]): Promise<Set<string>> {
    return new Set(
      await insertRecordset(manager, PathwayEntity, pathways, {
        onConflictDoNothing: true,
        returning: 'candidateId',
      }),
    );
  }

  findByCandidate(
    candidateId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PathwayEntity | null> {
    return manager.getRepository(PathwayEntity).findOneBy({ candidateId });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<PathwayEntity | null> {
    return manager.getRepository(PathwayEntity).findOneBy({ id });
  }

  /** Inserts the pathway unless the person already has one; returns whether it did. */
  async insertIfAbsent(manager: EntityManager, pathway: PathwayEntity): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(PathwayEntity)
      .values(pathway)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** One statement, no read-before-write (save() would select the row first). */
  async save(manager: EntityManager, pathway: PathwayEntity): Promise<void> {
    await manager.getRepository(PathwayEntity).upsert(pathway, { conflictPaths: ['id'] });
  }

  /** Diagnosed people of a programme not planned yet: those the programme's terms were missing for. */
  async waitingForTerms(manager: EntityManager, programmeId: string): Promise<string[]> {
    const rows = await manager.getRepository(PathwayEntity).find({
      select: { candidateId: true },
      where: { programmeId, plannedAt: IsNull(), track: Not(IsNull()) },
      order: { candidateId: 'ASC' },
    });
    return rows.map((row) => row.candidateId);
  }

  /** People of the programme whose plan ends on another day than the programme now does. */
  async plannedWithOtherEnd(manager: EntityManager, programmeId: string, endOn: string): Promise<string[]> {
    const rows: { candidate_id: string }[] = await manager.query(
      `SELECT candidate_id FROM pathway
        WHERE programme_id = $1 AND planned_at IS NOT NULL AND plan_end_on IS DISTINCT FROM $2::date
        ORDER BY candidate_id`,
      [programmeId, endOn],
    );
    return rows.map((row) => row.candidate_id);
  }

  /** The live milestones in plan order (removed ones only when asked, for history). */
  milestones(
    manager: EntityManager,
    pathwayId: string,
    { withRemoved = false } = {},
  ): Promise<MilestoneEntity[]> {
    return manager.getRepository(MilestoneEntity).find({
      where: withRemoved ? { pathwayId } : { pathwayId, removedAt: IsNull() },
      order: { position: 'ASC', id: 'ASC' },
    });
  }

  milestonesOf(pathwayId: string): Promise<MilestoneEntity[]> {
    return this.milestones(this.dataSource.manager, pathwayId);
  }

  async saveMilestones(manager: EntityManager, milestones: MilestoneEntity[]): Promise<void> {
    if (milestones.length > 0) {
      await manager.getRepository(MilestoneEntity).upsert(milestones, { conflictPaths: ['id'] });
    }
  }

  async deleteMilestones(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length > 0) await manager.getRepository(MilestoneEntity).delete(ids);
  }

  /**
   * Records a fact once (its event id is its key), unless the person was erased; false if it was
   * already known or the person is gone. One statement: this runs for every event.
   */
  async recordFact(manager: EntityManager, fact: PathwayFactEntity): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO pathway_fact (event_id, candidate_id, type, occurred_at, fact, received_at)
       SELECT $1, $2, $3, $4, $5, $6
        WHERE NOT EXISTS (SELECT 1 FROM erased_candidate WHERE candidate_id = $2)
       ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [
        fact.eventId,
        fact.candidateId,
        fact.type,
        fact.occurredAt,
        JSON.stringify(fact.fact),
        fact.receivedAt,
      ],
    );
    return rows.length > 0;
  }

  /** The facts of several people, each person's in the order `facts` gives them. */
  async factsOfAll(
    manager: EntityManager,
    candidateIds: readonly string[],
  ): Promise<Map<string, PathwayFactEntity[]>> {
    const byCandidate = new Map<string, PathwayFactEntity[]>();
    if (candidateIds.length === 0) return byCandidate;
    const rows = await manager.getRepository(PathwayFactEntity).find({
      where: { candidateId: In([...new Set(candidateIds)]) },
      order: { candidateId: 'ASC', occurredAt: 'ASC', eventId: 'ASC' },
    });
    for (const row of rows) {
      const list = byCandidate.get(row.candidateId) ?? [];
      list.push(row);
      byCandidate.set(row.candidateId, list);
    }
    return byCandidate;
  }

  facts(manager: EntityManager, candidateId: string): Promise<PathwayFactEntity[]> {
    return manager.getRepository(PathwayFactEntity).find({
      where: { candidateId },
      order: { occurredAt: 'ASC', eventId: 'ASC' },
    });
  }

  async appendHistory(manager: EntityManager, entry: HistoryEntryInput): Promise<void> {
    await manager.getRepository(PathwayHistoryEntity).insert({
      id: randomUUID(),
      pathwayId: entry.pathwayId,
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      milestoneId: entry.milestoneId ?? null,
      reason: entry.reason ?? null,
      details: entry.details ?? {},
    });
  }

  /** Several entries in one statement, in the order given (their `seq` follows the rows' order). */
  async appendHistories(manager: EntityManager, entries: readonly HistoryEntryInput[]): Promise<void> {
    await insertRecordset(
      manager,
      PathwayHistoryEntity,
      entries.map((entry) => ({
        id: randomUUID(),
        pathwayId: entry.pathwayId,
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        milestoneId: entry.milestoneId ?? null,
        reason: entry.reason ?? null,
        details: entry.details ?? {},
      })) as PathwayHistoryEntity[],
    );
  }

  history(pathwayId: string): Promise<PathwayHistoryEntity[]> {
    return this.dataSource.getRepository(PathwayHistoryEntity).find({
      where: { pathwayId },
      order: { at: 'ASC', seq: 'ASC' },
    });
  }

  async isErased(manager: EntityManager, candidateId: string): Promise<boolean> {
    return manager.getRepository(ErasedCandidateEntity).existsBy({ candidateId });
  }

  /** Forgets the person (GDPR): plan, milestones, facts and history; keeps only their id as erased. */
  async eraseCandidate(manager: EntityManager, candidateId: string, erasedAt: Date): Promise<void> {
    const pathway = await manager.getRepository(PathwayEntity).findOneBy({ candidateId });
    if (pathway) {
      await manager.delete(MilestoneEntity, { pathwayId: pathway.id });
      await manager.delete(PathwayHistoryEntity, { pathwayId: pathway.id });
      await manager.delete(PathwayEntity, { id: pathway.id });
    }
    await manager.delete(PathwayFactEntity, { candidateId });
    await manager
      .createQueryBuilder()
      .insert()
      .into(ErasedCandidateEntity)
      .values({ candidateId, erasedAt })
      .orIgnore()
      .execute();
  }

  /**
   * People whose stored next risk check has come. Two replicas sweeping at once may pick the same
   * person: the re-assessment runs under the person's lock and emits only on a change, so the
   * second one finds nothing to do.
   */
  async dueForRiskCheck(manager: EntityManager, now: Date, limit: number): Promise<string[]> {
    const rows: { candidate_id: string }[] = await manager.query(
      `SELECT candidate_id FROM pathway
        WHERE risk_next_check_at <= $1 AND status <> 'completed'
        ORDER BY risk_next_check_at, candidate_id
        LIMIT $2`,
      [now, limit],
    );
    return rows.map((row) => row.candidate_id);
  }

  /**
   * At-risk people, most urgent first (then longest waiting): a coach's caseload (candidateIds),
   * ops' offices (officeIds, through the candidate scope projection), or everyone (neither).
   */
  atRisk(scope: { candidateIds?: string[]; officeIds?: string[] }, limit: number): Promise<PathwayEntity[]> {
    const query = this.dataSource
      .getRepository(PathwayEntity)
      .createQueryBuilder('p')
      .where(`p.risk_urgency IS NOT NULL`)
      .orderBy(URGENCY_ORDER, 'ASC')
      .addOrderBy('p.risk_detected_at', 'ASC')
      .addOrderBy('p.candidate_id', 'ASC')
      .limit(limit);
    if (scope.candidateIds) query.andWhere('p.candidate_id = ANY(:ids)', { ids: scope.candidateIds });
    if (scope.officeIds) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM candidate_scope cs WHERE cs.candidate_id = p.candidate_id AND cs.office_ids && :offices::uuid[])',
        { offices: scope.officeIds },
      );
    }
    return query.getMany();
  }

  /** People of a programme per status and current phase (the domain says where each counts). */
  async peopleByStatusAndPhase(
    programmeId: string,
  ): Promise<{ status: PathwayStatus; currentPhase: PathwayPhase | null; people: number }[]> {
    const rows: { status: PathwayStatus; current_phase: PathwayPhase | null; people: string }[] =
      await this.dataSource.query(
        `SELECT status, current_phase, count(*) AS people
           FROM pathway WHERE programme_id = $1 GROUP BY 1, 2`,
        [programmeId],
      );
    return rows.map((row) => ({
      status: row.status,
      currentPhase: row.current_phase,
      people: Number(row.people),
    }));
  }
}
