import type { ServerResponse } from 'node:http';
import type { Request } from 'express';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { errors } from 'oidc-provider';
import { Public } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { firmRefusedPage } from './firm-refused-page';
import { FirmProviders } from './firm-providers';
import { OidcProvider } from './oidc-provider.service';
import { sendPage } from './send-page';
import { pageLanguage, problemPage } from './sign-in-page';
import { SignInThroughFirmHandler } from './usecases/sign-in-through-firm/sign-in-through-firm.handler';

/**
 * Staff signing in through their firm's own provider (OIDC federation, IDENTITY_FEDERATED_PROVIDERS):
 * from the sign-in page to the firm, back to one callback address, then to the interaction, whose
 * cookie only its own path receives, where the firm's answer is read and the sign-in finished.
 */
@Controller()
export class FederationController {
  constructor(
    private readonly provider: OidcProvider,
    private readonly firms: FirmProviders,
    private readonly signIn: SignInThroughFirmHandler,
    private readonly clock: Clock,
  ) {}

  @Get('interaction/:uid/firm/:firmId')
  @Public()
  async start(
    @Param('uid') uid: string,
    @Param('firmId') firmId: string,
    @Req() req: Request,
    @Res() res: ServerResponse,
  ): Promise<void> {
    const details = await this.interaction(uid, req, res);
    if (!details) return;
    const firm = this.firms.find(firmId);
    if (!firm) {
      sendPage(res, 404, problemPage({ language: this.language(req), code: 'unknown_firm' }));
      return;
    }
    redirect(res, await this.signIn.handOver(firm, details.uid, this.clock.now()));
  }

  @Get('federation/callback')
  @Public()
  async callback(@Req() req: Request, @Res() res: ServerResponse): Promise<void> {
    const query = queryOf(req);
    const uid = await this.signIn.interactionOf(
      new URLSearchParams(query).get('state') ?? '',
      this.clock.now(),
    );
    if (!uid) {
      sendPage(res, 400, problemPage({ language: this.language(req), code: 'firm_sign_in_expired' }));
      return;
    }
    redirect(res, `/interaction/${uid}/firm-return?${query}`);
  }

  @Get('interaction/:uid/firm-return')
  @Public()
  async finish(@Param('uid') uid: string, @Req() req: Request, @Res() res: ServerResponse): Promise<void> {
    const details = await this.interaction(uid, req, res);
    if (!details) return;
    const answer = await this.signIn.answer(
      details.uid,
      queryOf(req),
      req.ip ?? req.socket.remoteAddress ?? 'unknown',
      this.clock.now(),
    );
    if (answer.ok) {
      // The firm's provider checked who they are, with its own factors: `fed` says so (RFC 8176 style).
      await this.provider.interactionFinished(req, res, {
        login: { accountId: answer.accountId, amr: ['fed'] },
      });
      return;
    }
    const language = pageLanguage(details.params['ui_locales'], req.headers['accept-language']);
    sendPage(
      res,
      401,
      firmRefusedPage({ language, retry: `/interaction/${details.uid}`, code: answer.refusal }),
    );
  }

  private language(req: Request) {
    return pageLanguage(undefined, req.headers['accept-language']);
  }

  private async interaction(uid: string, req: Request, res: ServerResponse) {
    try {
      const details = await this.provider.interactionDetails(req, res);
      if (details.uid === uid) return details;
    } catch (error) {
      if (!(error instanceof errors.SessionNotFound)) throw error;
    }
    sendPage(res, 400, problemPage({ language: this.language(req), code: 'invalid_request' }));
    return null;
  }
}

function queryOf(req: Request): string {
  return (req.originalUrl.split('?')[1] ?? '').slice(0, 4096);
}

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 303;
  res.setHeader('Location', location);
  res.setHeader('Cache-Control', 'no-store');
  res.end();
}
