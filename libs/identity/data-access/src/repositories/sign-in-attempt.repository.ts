import { Injectable } from '@nestjs/common';
import { DataSource, In, MoreThanOrEqual, Not } from 'typeorm';
import { SIGN_IN_SUCCESSES, SignInAttemptEntity } from '../entities/sign-in-attempt.entity';

/** The sign-in audit, also read for the per-address limit. */
@Injectable()
export class SignInAttemptRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(attempt: SignInAttemptEntity): Promise<void> {
    await this.dataSource.getRepository(SignInAttemptEntity).insert(attempt);
  }

  /** Failed attempts from one address since `since`, whichever accounts they aimed at. */
  failuresFrom(sourceAddress: string, since: Date): Promise<number> {
    return this.dataSource.getRepository(SignInAttemptEntity).countBy({
      sourceAddress,
      attemptedAt: MoreThanOrEqual(since),
      outcome: Not(In([...SIGN_IN_SUCCESSES])),
    });
  }

  forAccount(accountId: string): Promise<SignInAttemptEntity[]> {
    return this.dataSource
      .getRepository(SignInAttemptEntity)
      .find({ where: { accountId }, order: { attemptedAt: 'ASC' } });
  }
}
