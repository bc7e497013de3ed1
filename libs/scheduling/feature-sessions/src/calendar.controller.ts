import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import type { Response } from 'express';
import { Public } from '@passerelle/shared/auth';
import {
  DirectoryRepository,
  SessionRepository,
  type SessionEntity,
} from '@passerelle/scheduling/data-access';
import { renderCalendar, type CalendarEvent } from '@passerelle/scheduling/domain';

const KIND_LABEL: Record<SessionEntity['kind'], string> = {
  welcome: 'Entretien d’accueil',
  diagnostic: 'Diagnostic',
  debrief: 'Restitution',
  follow_up: 'Entretien de suivi',
  group_workshop: 'Atelier collectif',
};
const MODE_LABEL: Record<SessionEntity['mode'], string> = {
  in_person: 'en présentiel',
  video: 'en visio',
  phone: 'par téléphone',
};
const DAY = 86_400_000;

/**
 * A coach's calendar as an RFC 5545 feed, for calendar applications that subscribe by URL. The
 * random token in the path is the only credential (rotatable); the feed carries no names of the
 * people coached, only the kind, place and time of each session.
 */
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  @Get(':file')
  @Public()
  async feed(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const token = /^([A-Za-z0-9_-]{32,128})\.ics$/.exec(file)?.[1];
    const coach = token ? await this.directory.findCoachByCalendarToken(token) : null;
    if (!coach) throw new NotFoundException('no calendar at this address');
    const now = this.clock.now();
    const sessions = await this.sessions.listForCoach(
      coach.id,
      new Date(now.getTime() - 90 * DAY),
      new Date(now.getTime() + 400 * DAY),
    );
    const places = await this.places(sessions);
    const events: CalendarEvent[] = sessions.map((session) => ({
      uid: `${session.id}@passerelle`,
      start: session.startsAt,
      end: session.endsAt,
      summary: `${KIND_LABEL[session.kind]} ${MODE_LABEL[session.mode]}`,
      description: session.kind === 'group_workshop' ? `Atelier, ${session.seatLimit} places` : undefined,
      location: session.mode === 'video' ? (session.videoLink ?? undefined) : places.get(session.id),
      url: session.mode === 'video' ? (session.videoLink ?? undefined) : undefined,
      status: session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      sequence: session.revision,
      lastModified: session.updatedAt,
    }));
    response
      .status(200)
      .set('content-type', 'text/calendar; charset=utf-8')
      .set('cache-control', 'private, max-age=300')
      .send(renderCalendar({ name: `Passerelle – ${coach.displayName}`, generatedAt: now, events }));
  }

  /** "Room, Office, address" of each in-person session. */
  private async places(sessions: SessionEntity[]): Promise<Map<string, string>> {
    const places = new Map<string, string>();
    const offices = new Map<string, string>();
    for (const session of sessions) {
      if (session.mode !== 'in_person' || !session.officeId) continue;
      if (!offices.has(session.officeId)) {
        const office = await this.directory.findOffice(session.officeId);
        offices.set(session.officeId, office ? `${office.name}, ${office.address}` : '');
      }
      const room = session.roomId ? await this.directory.findRoom(session.roomId) : null;
      places.set(session.id, [room?.name, offices.get(session.officeId)].filter(Boolean).join(', '));
    }
    return places;
  }
}
