import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { AccountRepository, type AccountEntity } from '@passerelle/identity/data-access';
import { staffAccountRefusal, type StaffAccountRefusal } from '@passerelle/identity/domain';
import { AccountOpener } from '../../account-opener';
import { AccountsError, AccountsErrorCode } from '../../accounts.error';
import type { CreateStaffAccountCommand } from './create-staff-account.command';

const REFUSALS: Record<StaffAccountRefusal, [AccountsErrorCode, string]> = {
  ROLE_NOT_STAFF: [AccountsErrorCode.RoleNotStaff, 'ops open accounts for ops and sponsor HR only'],
  OFFICES_REQUIRED: [AccountsErrorCode.OfficesRequired, 'an ops account serves at least one office, or all'],
  SPONSORS_REQUIRED: [AccountsErrorCode.SponsorsRequired, 'a sponsor account names at least one sponsor'],
  OUTSIDE_YOUR_OFFICES: [AccountsErrorCode.OutOfScope, 'this account would reach beyond your offices'],
};

/** Ops open an ops or sponsor-HR account; the person is invited by email to set their password. */
@Injectable()
export class CreateStaffAccountHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly opener: AccountOpener,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: CreateStaffAccountCommand): Promise<AccountEntity> {
    if (identity.role !== 'ops')
      throw new AccountsError(AccountsErrorCode.OutOfScope, 'only ops open accounts');
    const refusal = staffAccountRefusal(identity, {
      role: command.role,
      officeIds: command.officeIds,
      allOffices: command.allOffices,
      sponsorIds: command.sponsorIds,
    });
    if (refusal) throw new AccountsError(REFUSALS[refusal][0], REFUSALS[refusal][1]);
    if (await this.accounts.findByEmail(command.email)) {
      throw new AccountsError(AccountsErrorCode.EmailTaken, 'an account already uses this email address');
    }
    const now = this.clock.now();
    return this.dataSource.transaction((manager) =>
      this.opener.open(
        manager,
        {
          email: command.email,
          displayName: command.displayName,
          role: command.role,
          language: command.language,
          candidateId: null,
          coachId: null,
          officeIds: command.role === 'ops' ? command.officeIds : [],
          allOffices: command.role === 'ops' && command.allOffices,
          sponsorIds: command.role === 'sponsor' || command.role === 'committee' ? command.sponsorIds : [],
        },
        identity.subject,
        now,
      ),
    );
  }
}
