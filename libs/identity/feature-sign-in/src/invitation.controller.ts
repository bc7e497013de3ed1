import type { ServerResponse } from 'node:http';
import type { Request } from 'express';
import { Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { Public } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { SERVICE_CONFIG, type IdentityConfig } from '@passerelle/shared/config';
import { invitationProblemPage, passwordSetPage, setPasswordPage } from './invitation-page';
import { sendPage } from './send-page';
import { pageLanguage } from './sign-in-page';
import { acceptInvitationFormSchema } from './usecases/accept-invitation/accept-invitation.command';
import { AcceptInvitationHandler } from './usecases/accept-invitation/accept-invitation.handler';

/**
 * Where an invitation email leads: the person chooses their first password (or, from a sign-in
 * link, a new one), then signs in from the console. GET only shows the form (a mail scanner
 * opening the link uses nothing up).
 */
@Controller('invitation')
export class InvitationController {
  constructor(
    private readonly accept: AcceptInvitationHandler,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
  ) {}

  @Get(':token')
  @Public()
  async show(@Param('token') token: string, @Req() req: Request, @Res() res: ServerResponse): Promise<void> {
    const view = await this.accept.view(token, this.clock.now());
    if (!view.ok) {
      const language = view.language ?? pageLanguage(undefined, req.headers['accept-language']);
      sendPage(res, 410, invitationProblemPage({ language, problem: view.problem, purpose: view.purpose }));
      return;
    }
    const { displayName, email, language } = view.account;
    const action = `/invitation/${token}`;
    sendPage(res, 200, setPasswordPage({ action, language, purpose: view.purpose, displayName, email }));
  }

  @Post(':token')
  @Public()
  async submit(
    @Param('token') token: string,
    @Req() req: Request,
    @Res() res: ServerResponse,
  ): Promise<void> {
    const form = acceptInvitationFormSchema.parse(req.body ?? {});
    const result = await this.accept.execute({ token, ...form, now: this.clock.now() });
    if (result.ok) {
      const [consoleUrl = '/'] = this.config.IDENTITY_CONSOLE_LOGOUT_URIS;
      const { language } = result.account;
      sendPage(res, 200, passwordSetPage({ language, purpose: result.purpose, consoleUrl }));
    } else if ('problem' in result) {
      const language = result.language ?? pageLanguage(undefined, req.headers['accept-language']);
      sendPage(
        res,
        410,
        invitationProblemPage({ language, problem: result.problem, purpose: result.purpose }),
      );
    } else {
      const { displayName, email, language } = result.view.account;
      sendPage(
        res,
        422,
        setPasswordPage({
          action: `/invitation/${token}`,
          language,
          purpose: result.view.purpose,
          displayName,
          email,
          refusal: result.refusal,
        }),
      );
    }
  }
}
