import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CoachEntity } from '../entities/coach.entity';
import { CoachExceptionEntity } from '../entities/coach-exception.entity';
import { OfficeEntity } from '../entities/office.entity';
import { RoomEntity } from '../entities/room.entity';

/** Offices, rooms, coaches and their absences. */
@Injectable()
export class DirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  findOffice(id: string): Promise<OfficeEntity | null> {
    return this.dataSource.getRepository(OfficeEntity).findOneBy({ id });
  }

  listOffices(ids: readonly string[] | 'all'): Promise<OfficeEntity[]> {
    const repository = this.dataSource.getRepository(OfficeEntity);
    return ids === 'all'
      ? repository.find({ order: { name: 'ASC' } })
      : repository.find({ where: { id: In([...ids]) }, order: { name: 'ASC' } });
  }

  async insertOffice(office: OfficeEntity): Promise<void> {
    await this.dataSource.getRepository(OfficeEntity).insert(office);
  }

  findRoom(id: string): Promise<RoomEntity | null> {
    return this.dataSource.getRepository(RoomEntity).findOneBy({ id });
  }

  listRooms(officeId: string): Promise<RoomEntity[]> {
    return this.dataSource.getRepository(RoomEntity).find({ where: { officeId }, order: { name: 'ASC' } });
  }

  async insertRoom(room: RoomEntity): Promise<void> {
    await this.dataSource.getRepository(RoomEntity).insert(room);
  }

  findCoach(id: string, manager: EntityManager = this.dataSource.manager): Promise<CoachEntity | null> {
    return manager.getRepository(CoachEntity).findOneBy({ id });
  }

  findCoachByCalendarToken(token: string): Promise<CoachEntity | null> {
    return this.dataSource.getRepository(CoachEntity).findOneBy({ calendarToken: token });
  }

  listCoachesOfOffice(officeId: string): Promise<CoachEntity[]> {
    return this.dataSource
      .getRepository(CoachEntity)
      .createQueryBuilder('coach')
      .where(':officeId = ANY(coach.office_ids)', { officeId })
      .orderBy('coach.id')
      .getMany();
  }

  async insertCoach(coach: CoachEntity, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(CoachEntity).insert(coach);
  }

  async updateCoach(id: string, changes: Partial<Omit<CoachEntity, 'id'>>): Promise<void> {
    await this.dataSource.getRepository(CoachEntity).update({ id }, changes);
  }

  async insertException(exception: CoachExceptionEntity): Promise<void> {
    await this.dataSource.getRepository(CoachExceptionEntity).insert(exception);
  }

  /** Absences of these coaches overlapping [from, to). */
  listExceptions(coachIds: readonly string[], from: Date, to: Date): Promise<CoachExceptionEntity[]> {
    if (coachIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(CoachExceptionEntity)
      .createQueryBuilder('exception')
      .where('exception.coach_id = ANY(:coachIds)', { coachIds })
      .andWhere('exception.starts_at < :to AND exception.ends_at > :from', { from, to })
      .orderBy('exception.starts_at')
      .getMany();
  }
}
