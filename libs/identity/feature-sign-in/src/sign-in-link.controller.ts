import type { ServerResponse } from 'node:http';
import type { Request } from 'express';
import { Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { Public } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { SERVICE_CONFIG, type IdentityConfig } from '@passerelle/shared/config';
import { currentInteraction, sourceAddress } from './interaction-details';
import { OidcProvider } from './oidc-provider.service';
import { sendPage } from './send-page';
import { signInLinkRequestPage, signInLinkSentPage } from './sign-in-link-page';
import { pageLanguage } from './sign-in-page';
import { requestSignInLinkSchema } from './usecases/request-sign-in-link/request-sign-in-link.command';
import { RequestSignInLinkHandler } from './usecases/request-sign-in-link/request-sign-in-link.handler';

/**
 * "Forgot my password", reached from the sign-in page of an interaction (so the way back leads to
 * it, in its language): the address to send a sign-in link to, and the one calm answer.
 */
@Controller('interaction')
export class SignInLinkController {
  constructor(
    private readonly provider: OidcProvider,
    private readonly request: RequestSignInLinkHandler,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
  ) {}

  @Get(':uid/sign-in-link')
  @Public()
  async show(@Param('uid') uid: string, @Req() req: Request, @Res() res: ServerResponse): Promise<void> {
    const details = await currentInteraction(this.provider, uid, req, res);
    if (!details) return;
    const language = pageLanguage(details.params['ui_locales'], req.headers['accept-language']);
    const action = `/interaction/${uid}/sign-in-link`;
    sendPage(res, 200, signInLinkRequestPage({ action, language, backHref: `/interaction/${uid}` }));
  }

  @Post(':uid/sign-in-link')
  @Public()
  async submit(@Param('uid') uid: string, @Req() req: Request, @Res() res: ServerResponse): Promise<void> {
    const details = await currentInteraction(this.provider, uid, req, res);
    if (!details) return;
    const { email } = requestSignInLinkSchema.parse(req.body ?? {});
    await this.request.execute({ email, sourceAddress: sourceAddress(req), now: this.clock.now() });
    const language = pageLanguage(details.params['ui_locales'], req.headers['accept-language']);
    const minutes = this.config.IDENTITY_SIGN_IN_LINK_MINUTES;
    sendPage(res, 200, signInLinkSentPage({ language, minutes, backHref: `/interaction/${uid}` }));
  }
}
