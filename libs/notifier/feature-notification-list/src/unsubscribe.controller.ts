import { Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { escapeHtml, isEssential, readUnsubscribeToken } from '@passerelle/notifier/domain';
import { PreferenceRepository } from '@passerelle/notifier/data-access';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>${title}</title></head><body style="font-family:sans-serif;max-width:36rem;margin:2rem auto">${body}</body></html>`;

/**
 * The unsubscribe link of a non-essential email: the signed token is the only credential (it names
 * an account and a kind, nothing else). GET only asks (mail scanners follow links); POST mutes the
 * kind by email, for the form and for one-click mail clients (RFC 8058). Bilingual: the token
 * names no language.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly preferences: PreferenceRepository,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: NotifierConfig,
  ) {}

  @Get(':token')
  @Public()
  ask(@Param('token') token: string, @Res() response: Response): void {
    if (!this.read(token)) return this.refuse(response);
    response
      .status(200)
      .type('html')
      .set('content-security-policy', "default-src 'none'; form-action 'self'; style-src 'unsafe-inline'")
      .send(
        page(
          'Se désabonner / Unsubscribe',
          `<p>Ne plus recevoir ces messages par email ? Vous les verrez toujours dans Passerelle.</p>` +
            `<p lang="en">Stop receiving these messages by email? You will still see them in Passerelle.</p>` +
            `<form method="post" action="${escapeHtml(token)}"><button type="submit">Me désabonner / Unsubscribe</button></form>`,
        ),
      );
  }

  @Post(':token')
  @Public()
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const read = this.read(token);
    if (!read) return this.refuse(response);
    await this.preferences.muteEmail(read.accountId, read.kind, this.clock.now());
    response
      .status(200)
      .type('html')
      .send(
        page(
          'Désabonné / Unsubscribed',
          `<p>C’est fait : ces messages ne vous seront plus envoyés par email.</p><p lang="en">Done: these messages will no longer be emailed to you.</p>`,
        ),
      );
  }

  private read(token: string) {
    const read = readUnsubscribeToken(token, this.config.INTERNAL_IDENTITY_SECRET);
    return read && !isEssential(read.kind) ? read : null;
  }

  private refuse(response: Response): void {
    response
      .status(404)
      .type('html')
      .send(
        page(
          'Lien inconnu / Unknown link',
          '<p>Ce lien ne fonctionne pas.</p><p lang="en">This link does not work.</p>',
        ),
      );
  }
}
