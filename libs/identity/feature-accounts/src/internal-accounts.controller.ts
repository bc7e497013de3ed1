import type { Response } from 'express';
import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { z } from 'zod';
import { ServiceCallers } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { FindRecipientHandler, type RecipientKey } from './usecases/find-recipient/find-recipient.handler';
import type { Recipient } from './usecases/find-recipient/recipient';
import { AccountsErrorCode } from './accounts.error';
import {
  MintInvitationLinkHandler,
  type MintedLink,
} from './usecases/mint-invitation-link/mint-invitation-link.handler';
import {
  MAX_LINKS_PER_CALL,
  mintInvitationLinksSchema,
} from './usecases/mint-invitation-links/mint-invitation-links.command';
import { MintInvitationLinksHandler } from './usecases/mint-invitation-links/mint-invitation-links.handler';

const uuid = new ParseUUIDPipe({ version: '4', errorHttpStatusCode: 400 });
const anyUuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

/** The notifier asks per Kafka batch, in slices of at most this many accounts (decision 0055). */
const MAX_RECIPIENTS_PER_CALL = 500;
const recipientsByAccountsSchema = z.object({
  accountIds: z.array(z.uuid()).min(1).max(MAX_RECIPIENTS_PER_CALL),
});

const invalidList = (field: string, max: number, what: string) =>
  new BadRequestException({
    error: AccountsErrorCode.InvalidInput,
    field,
    message: `${field} must be a list of 1 to ${max} ${what} (uuids)`,
  });

/** What the link routes answer for one invitation; the many-at-once route adds its `invitationId`. */
type LinkBody = { url: string; expiresAt: string; purpose: string; accountId: string } | { error: string };
type LinkAnswer = LinkBody & { invitationId: string };

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
    private readonly manyLinks: MintInvitationLinksHandler,
    private readonly clock: Clock,
  ) {}

  @Get('recipients/ops')
  async opsOfOffice(@Query('officeId', anyUuid) officeId: string): Promise<{ recipients: Recipient[] }> {
    return { recipients: await this.recipients.opsOfOffice(officeId) };
  }

  /**
   * The notifier, writing a Kafka batch's invitations (decision 0055): the recipients of the known
   * accounts among `accountIds` (at most 500), in the order asked; unknown accounts are left out
   * (the single route's 404). 400 `BAD_USER_INPUT` naming the field.
   */
  @Post('recipients/by-accounts')
  @HttpCode(200)
  async byAccounts(@Body() body: unknown): Promise<{ recipients: Recipient[] }> {
    const query = recipientsByAccountsSchema.safeParse(body);
    if (!query.success) throw invalidList('accountIds', MAX_RECIPIENTS_PER_CALL, 'account ids');
    return { recipients: await this.recipients.byAccounts(query.data.accountIds) };
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
    // Gone: used, expired or replaced by a newer invitation; nothing to send.
    if (!minted.ok) res.status(minted.reason === 'not_found' ? 404 : 410);
    return linkBody(minted);
  }

  /**
   * The notifier, writing a Kafka batch's invitations (decision 0055): mints the links of
   * `invitationIds` (at most 500) in one transaction; each answer is the single route's body with
   * its `invitationId` (a link, or `INVITATION_NOT_FOUND` / `INVITATION_USED|EXPIRED|SUPERSEDED`).
   */
  @Post('invitations/links')
  @HttpCode(200)
  async mintLinks(@Body() body: unknown): Promise<{ links: LinkAnswer[] }> {
    const query = mintInvitationLinksSchema.safeParse(body);
    if (!query.success) throw invalidList('invitationIds', MAX_LINKS_PER_CALL, 'invitation ids');
    const minted = await this.manyLinks.execute({
      invitationIds: query.data.invitationIds,
      now: this.clock.now(),
    });
    return { links: [...minted].map(([invitationId, link]) => ({ invitationId, ...linkBody(link) })) };
  }

  private async recipient(key: RecipientKey, res: Response): Promise<Recipient | { error: string }> {
    const recipient = await this.recipients.execute(key);
    if (recipient) return recipient;
    res.status(404);
    return { error: 'RECIPIENT_NOT_FOUND' };
  }
}

/** The single route's body for a minted link, or its error code. */
function linkBody(minted: MintedLink): LinkBody {
  if (minted.ok) {
    return {
      url: minted.url,
      expiresAt: minted.expiresAt.toISOString(),
      purpose: minted.purpose,
      accountId: minted.accountId,
    };
  }
  return {
    error:
      minted.reason === 'not_found' ? 'INVITATION_NOT_FOUND' : `INVITATION_${minted.reason.toUpperCase()}`,
  };
}
