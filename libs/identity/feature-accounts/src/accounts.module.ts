import { Module } from '@nestjs/common';
import { AccountRepository } from '@passerelle/identity/data-access';
import { AccountEventsConsumer } from './account-events.consumer';
import { EraseAccountHandler } from './usecases/erase-account/erase-account.handler';

/** Accounts as other services' events change them (today: erasure). */
@Module({
  controllers: [AccountEventsConsumer],
  providers: [AccountRepository, EraseAccountHandler],
})
export class AccountsModule {}
