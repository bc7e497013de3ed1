/**
 * The one source of "now" in a service. Everything that reads the time (consumers, resolvers,
 * handlers, sweeps, pollers, the import's date checks) asks the injected clock, and passes the
 * instant on to the domain's pure functions, so a test that pins a date pins it for the code too.
 * Nest injects it by this class (the abstract class is the token).
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today's calendar date in UTC, `yyyy-mm-dd`. */
  today(): string {
    return this.now().toISOString().slice(0, 10);
  }
}

/** Production: the machine's clock. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Tests and replays: a clock that stands still until moved. */
export class FixedClock extends Clock {
  private instant: number;

  constructor(instant: Date | string) {
    super();
    this.instant = new Date(instant).getTime();
  }

  now(): Date {
    return new Date(this.instant);
  }

  set(instant: Date | string): void {
    this.instant = new Date(instant).getTime();
  }

  advance(milliseconds: number): void {
    this.instant += milliseconds;
  }
}

/**
 * Tests of a whole running service: the machine's time, until a test pins a date (and unpins it
 * after), so one test can stand on a calendar date while the others run in real time. Given a
 * start, it runs at the machine's pace from that instant instead (a story set on given dates).
 */
export class PinnableClock extends Clock {
  private pinned: number | null = null;
  private readonly offset: number;

  constructor(startingAt?: Date | string) {
    super();
    this.offset = startingAt === undefined ? 0 : new Date(startingAt).getTime() - Date.now();
  }

  now(): Date {
    return new Date(this.pinned ?? Date.now() + this.offset);
  }

  pin(instant: Date | string): void {
    this.pinned = new Date(instant).getTime();
  }

  unpin(): void {
    this.pinned = null;
  }
}
