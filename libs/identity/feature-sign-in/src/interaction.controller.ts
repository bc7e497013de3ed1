import type { ServerResponse } from 'node:http';
import type { Request } from 'express';
import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { errors } from 'oidc-provider';
import { Public } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { OidcProvider } from './oidc-provider.service';
import { sendPage } from './send-page';
import { pageLanguage, problemPage, signInPage } from './sign-in-page';
import { signInWithPasswordSchema } from './usecases/sign-in-with-password/sign-in-with-password.command';
import { SignInWithPasswordHandler } from './usecases/sign-in-with-password/sign-in-with-password.handler';

/**
 * The pages the provider sends a person to when it needs them to act: today, signing in with a
 * password. The provider keeps the interaction (its uid in the path, its cookie in the browser).
 */
@Controller('interaction')
export class InteractionController {
  constructor(
    private readonly provider: OidcProvider,
    private readonly signIn: SignInWithPasswordHandler,
    private readonly clock: Clock,
  ) {}

  @Get(':uid')
  @Public()
  async show(@Param('uid') uid: string, @Req() req: Request, @Res() res: ServerResponse): Promise<void> {
    const details = await this.interaction(req, res);
    if (!details) return;
    const language = pageLanguage(details.params['ui_locales'], req.headers['accept-language']);
    const email = typeof details.params['login_hint'] === 'string' ? details.params['login_hint'] : '';
    sendPage(res, 200, signInPage({ action: `/interaction/${uid}/login`, language, email }));
  }

  @Post(':uid/login')
  @Public()
  async login(@Param('uid') uid: string, @Req() req: Request, @Res() res: ServerResponse): Promise<void> {
    const details = await this.interaction(req, res);
    if (!details) return;
    const form = signInWithPasswordSchema.parse(req.body ?? {});
    const result = await this.signIn.execute({
      ...form,
      sourceAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      now: this.clock.now(),
    });
    if (result.ok) {
      await this.provider.interactionFinished(req, res, { login: { accountId: result.accountId } });
      return;
    }
    const language = pageLanguage(details.params['ui_locales'], req.headers['accept-language']);
    sendPage(
      res,
      401,
      signInPage({ action: `/interaction/${uid}/login`, language, email: form.email, refused: true }),
    );
  }

  /**
   * The pending sign-in this browser's cookie points to. An expired or unknown one (a page left
   * open, a link opened elsewhere) gets a page saying to start again, not an error.
   */
  private async interaction(req: Request, res: ServerResponse): Promise<Interaction | null> {
    try {
      return await this.provider.interactionDetails(req, res);
    } catch (error) {
      if (!(error instanceof errors.SessionNotFound)) throw error;
      const language = pageLanguage(undefined, req.headers['accept-language']);
      sendPage(res, 400, problemPage({ language, code: error.error }));
      return null;
    }
  }
}

type Interaction = Awaited<ReturnType<OidcProvider['interactionDetails']>>;
