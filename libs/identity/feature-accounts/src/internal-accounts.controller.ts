import type { Response } from 'express';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ServiceCallers } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { FindRecipientHandler, type RecipientKey } from './usecases/find-recipient/find-recipient.handler';
import type { Recipient } from './usecases/find-recipient/recipient';
import { MintInvitationLinkHandler } from './usecases/mint-invitation-link/mint-invitation-link.handler';

const uuid = new ParseUUIDPipe({ version: '4', errorHttpStatusCode: 400 });
const anyUuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

/**
 * What other services ask identity (decision 0018), over internal HTTP with a service token: whom
 * to write to, and an invitation's link at the moment its email is written. The notifier only.
 */
@Controller('internal')
@ServiceCallers('notifier')
export class InternalAccountsController {
  constructor(
    private readonly recipients: FindRecipientHandler,
    private readonly links: MintInvitationLinkHandler,
    private readonly clock: Clock,
  ) {}

  @Get('recipients/ops')
  async opsOfOffice(@Query('officeId', anyUuid) officeId: string): Promise<{ recipients: Recipient[] }> {
    return { recipients: await this.recipients.opsOfOffice(officeId) };
  }

  @Get('recipients/by-candidate/:candidateId')
  byCandidate(@Param('candidateId', anyUuid) candidateId: string, @Res({ passthrough: true }) res: Response) {
    return this.recipient({ candidateId }, res);
  }

  @Get('recipients/by-coach/:coachId')
  byCoach(@Param('coachId', anyUuid) coachId: string, @Res({ passthrough: true }) res: Response) {
    return this.recipient({ coachId }, res);
  }

  @Get('recipients/:accountId')
  byAccount(@Param('accountId', anyUuid) accountId: string, @Res({ passthrough: true }) res: Response) {
    return this.recipient({ accountId }, res);
  }

  @Post('invitations/:invitationId/link')
  @HttpCode(200)
  async mintLink(
    @Param('invitationId', uuid) invitationId: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const minted = await this.links.execute({ invitationId, now: this.clock.now() });
    if (minted.ok) {
      return {
        url: minted.url,
        expiresAt: minted.expiresAt.toISOString(),
        purpose: minted.purpose,
        accountId: minted.accountId,
      };
    }
    // Gone: used, expired or replaced by a newer invitation; nothing to send.
    res.status(minted.reason === 'not_found' ? 404 : 410);
    return {
      error:
        minted.reason === 'not_found' ? 'INVITATION_NOT_FOUND' : `INVITATION_${minted.reason.toUpperCase()}`,
    };
  }

  private async recipient(key: RecipientKey, res: Response): Promise<Recipient | { error: string }> {
    const recipient = await this.recipients.execute(key);
    if (recipient) return recipient;
    res.status(404);
    return { error: 'RECIPIENT_NOT_FOUND' };
  }
}
