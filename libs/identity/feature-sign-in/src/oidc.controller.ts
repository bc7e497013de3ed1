import type { IncomingMessage, ServerResponse } from 'node:http';
import { All, Controller, Req, Res } from '@nestjs/common';
import { Public } from '@passerelle/shared/auth';
import { OidcProvider } from './oidc-provider.service';

/** Where the issuer lives below the service's root (IDENTITY_ISSUER ends with it). */
export const OIDC_MOUNT_PATH = '/oidc';

/**
 * The OpenID endpoints (discovery, JWKS, authorization, token, userinfo, revocation, logout),
 * answered by oidc-provider itself: the protocol is the certified library's, not ours.
 */
@Controller('oidc')
export class OidcController {
  constructor(private readonly provider: OidcProvider) {}

  @All(['', '*path'])
  @Public()
  serve(@Req() req: IncomingMessage, @Res() res: ServerResponse): void {
    this.provider.handle(req, res, OIDC_MOUNT_PATH);
  }
}
