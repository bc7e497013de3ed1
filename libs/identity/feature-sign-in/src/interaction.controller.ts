import type { ServerResponse } from 'node:http';
import type { Request } from 'express';
import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { Public } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { PendingSignInRepository, type PendingSignIn } from '@passerelle/identity/data-access';
import { FirmProviders } from './firm-providers';
import { currentInteraction, sourceAddress, type Interaction } from './interaction-details';
import { OidcProvider } from './oidc-provider.service';
import { qrCodeSvg } from './qr-code';
import { codePage, enrolmentPage, recoveryCodesPage } from './second-factor-pages';
import { sendPage } from './send-page';
import { pageLanguage, problemPage, signInPage, type PageLanguage } from './sign-in-page';
import { secondFactorCodeSchema } from './usecases/check-second-factor/check-second-factor.command';
import { CheckSecondFactorHandler } from './usecases/check-second-factor/check-second-factor.handler';
import { EnrolSecondFactorHandler } from './usecases/enrol-second-factor/enrol-second-factor.handler';
import { signInWithPasswordSchema } from './usecases/sign-in-with-password/sign-in-with-password.command';
import { SignInWithPasswordHandler } from './usecases/sign-in-with-password/sign-in-with-password.handler';

/**
 * The pages the provider sends a person to when it needs them to act: signing in with a password,
 * then, for an account with a second factor or whose role requires one, a code or setting one up.
 * The provider keeps the interaction (its uid in the path, its cookie in the browser); a right
 * password with a factor to come is kept on the server under the interaction's uid
 * (PendingSignInRepository), and the provider hears of the sign-in only once the factor passed.
 */
@Controller('interaction')
export class InteractionController {
  constructor(
    private readonly provider: OidcProvider,
    private readonly signIn: SignInWithPasswordHandler,
    private readonly checkFactor: CheckSecondFactorHandler,
    private readonly enrolFactor: EnrolSecondFactorHandler,
    private readonly pending: PendingSignInRepository,
    private readonly firms: FirmProviders,
    private readonly clock: Clock,
  ) {}

  /** Every page here may end the sign-in: its form may lead back to a client. */
  private send(res: ServerResponse, status: number, html: string): void {
    sendPage(res, status, html, this.provider.returnOrigins);
  }

  /** The firms whose staff may sign in through their own provider, as links from this interaction. */
  private firmLinks(uid: string): { name: string; href: string }[] {
    return this.firms.all().map((firm) => ({ name: firm.name, href: `/interaction/${uid}/firm/${firm.id}` }));
  }

  @Get(':uid')
  @Public()
  async show(@Param('uid') uid: string, @Req() req: Request, @Res() res: ServerResponse): Promise<void> {
    const details = await this.interaction(uid, req, res);
    if (!details) return;
    const language = pageLanguage(details.params['ui_locales'], req.headers['accept-language']);
    const pending = await this.pending.find(details.uid, this.clock.now());
    if (pending) return this.showFactorStep(res, 200, details.uid, language, pending);
    const email = typeof details.params['login_hint'] === 'string' ? details.params['login_hint'] : '';
    this.send(res, 200, this.signInForm(uid, language, { email }));
  }

  @Post(':uid/login')
  @Public()
  async login(@Param('uid') uid: string, @Req() req: Request, @Res() res: ServerResponse): Promise<void> {
    const details = await this.interaction(uid, req, res);
    if (!details) return;
    const form = signInWithPasswordSchema.parse(req.body ?? {});
    const now = this.clock.now();
    // A password posted again starts over: whatever an earlier one passed is forgotten.
    await this.pending.clear(details.uid);
    const result = await this.signIn.execute({ ...form, sourceAddress: sourceAddress(req), now });
    const language = pageLanguage(details.params['ui_locales'], req.headers['accept-language']);
    if (result.ok) {
      if (result.next === 'signed_in') {
        await this.provider.interactionFinished(req, res, {
          login: { accountId: result.accountId, amr: ['pwd'] },
        });
        return;
      }
      if (result.next === 'enrol') await this.enrolFactor.begin(result.accountId, now);
      const pending: PendingSignIn = { accountId: result.accountId, step: result.next };
      await this.pending.save(details.uid, pending, new Date(details.exp * 1000));
      return this.showFactorStep(res, 200, details.uid, language, pending);
    }
    this.send(res, 401, this.signInForm(uid, language, { email: form.email, refused: true }));
  }

  /** The code of an account with a confirmed factor, or a recovery code: signs in when right. */
  @Post(':uid/code')
  @Public()
  async code(@Param('uid') uid: string, @Req() req: Request, @Res() res: ServerResponse): Promise<void> {
    const step = await this.factorStep(uid, 'code', req, res);
    if (!step) return;
    const { details, pending, language } = step;
    const { code } = secondFactorCodeSchema.parse(req.body ?? {});
    const command = { accountId: pending.accountId, code, sourceAddress: sourceAddress(req) };
    const result = await this.checkFactor.execute({ ...command, now: this.clock.now() });
    if (!result.ok) return this.showFactorStep(res, 401, details.uid, language, pending, true);
    await this.pending.clear(details.uid);
    await this.provider.interactionFinished(req, res, {
      login: { accountId: pending.accountId, amr: result.amr },
    });
  }

  /**
   * The first code of a factor being set up: confirms it, and shows the recovery codes once, with
   * the way on to the console (the provider already holds the sign-in, so a reload cannot repeat it).
   */
  @Post(':uid/enrol')
  @Public()
  async enrol(@Param('uid') uid: string, @Req() req: Request, @Res() res: ServerResponse): Promise<void> {
    const step = await this.factorStep(uid, 'enrol', req, res);
    if (!step) return;
    const { details, pending, language } = step;
    const { code } = secondFactorCodeSchema.parse(req.body ?? {});
    const command = { accountId: pending.accountId, code, sourceAddress: sourceAddress(req) };
    const result = await this.enrolFactor.execute({ ...command, now: this.clock.now() });
    if (!result.ok) return this.showFactorStep(res, 401, details.uid, language, pending, true);
    await this.pending.clear(details.uid);
    const continueTo = await this.provider.interactionResult(req, res, {
      login: { accountId: pending.accountId, amr: ['pwd', 'otp'] },
    });
    this.send(res, 200, recoveryCodesPage({ language, codes: result.recoveryCodes, continueTo }));
  }

  private interaction(uid: string, req: Request, res: ServerResponse): Promise<Interaction | null> {
    return currentInteraction(this.provider, uid, req, res);
  }

  /** The password form of this interaction, with its other ways in (a sign-in link, a firm's). */
  private signInForm(uid: string, language: PageLanguage, typed: { email?: string; refused?: boolean } = {}) {
    return signInPage({
      action: `/interaction/${uid}/login`,
      language,
      ...typed,
      firms: this.firmLinks(uid),
      signInLinkHref: `/interaction/${uid}/sign-in-link`,
    });
  }

  /**
   * The interaction and its pending sign-in at `step`. Without one (no right password yet in this
   * interaction, or it expired), the sign-in page again: the password comes first.
   */
  private async factorStep(
    uid: string,
    step: PendingSignIn['step'],
    req: Request,
    res: ServerResponse,
  ): Promise<{ details: Interaction; pending: PendingSignIn; language: PageLanguage } | null> {
    const details = await this.interaction(uid, req, res);
    if (!details) return null;
    const language = pageLanguage(details.params['ui_locales'], req.headers['accept-language']);
    const pending = await this.pending.find(details.uid, this.clock.now());
    if (pending?.step === step) return { details, pending, language };
    this.send(res, 400, this.signInForm(details.uid, language));
    return null;
  }

  private async showFactorStep(
    res: ServerResponse,
    status: number,
    uid: string,
    language: PageLanguage,
    pending: PendingSignIn,
    refused = false,
  ): Promise<void> {
    if (pending.step === 'code') {
      this.send(res, status, codePage({ action: `/interaction/${uid}/code`, language, refused }));
      return;
    }
    const setup = await this.enrolFactor.setup(pending.accountId);
    if (!setup) {
      // Confirmed meanwhile (another tab): this setup is over, sign in again.
      await this.pending.clear(uid);
      this.send(res, 400, problemPage({ language, code: 'invalid_request' }));
      return;
    }
    const action = `/interaction/${uid}/enrol`;
    const qrSvg = await qrCodeSvg(setup.uri);
    this.send(res, status, enrolmentPage({ action, language, ...setup, qrSvg, refused }));
  }
}
