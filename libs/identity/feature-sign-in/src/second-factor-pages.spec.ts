import { codePage, enrolmentPage, recoveryCodesPage } from './second-factor-pages';

describe('the second factor pages', () => {
  it('ties a refused code to the field and announces it', () => {
    const html = codePage({ action: '/interaction/x/code', language: 'en', refused: true });
    expect(html).toContain('<p id="refused" class="refused" role="alert">Wrong or already used code.');
    expect(html).toContain('aria-describedby="refused code-help" aria-invalid="true"');
    expect(html).toContain('autocomplete="one-time-code"');
    expect(codePage({ action: '/interaction/x/code', language: 'fr' })).not.toContain('role="alert"');
  });

  it('shows the key grouped by four, the otpauth link escaped, and the QR code inline', () => {
    const html = enrolmentPage({
      action: '/interaction/x/enrol',
      language: 'fr',
      secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
      uri: 'otpauth://totp/Passerelle:a%40b.fr?issuer=Passerelle&secret=GEZD',
      qrSvg: '<svg viewBox="0 0 29 29"></svg>',
    });
    expect(html).toContain('>GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ</p>');
    expect(html).toContain('href="otpauth://totp/Passerelle:a%40b.fr?issuer=Passerelle&amp;secret=GEZD"');
    expect(html).toContain(
      '<div class="qr" role="img" aria-label="QR code"><svg viewBox="0 0 29 29"></svg></div>',
    );
  });

  it('lists the recovery codes, escaped, with the way on', () => {
    const html = recoveryCodesPage({
      language: 'en',
      codes: ['ab12-cd34-ef56', '<b>'],
      continueTo: 'http://127.0.0.1/oidc/auth/x?a=1&b=2',
    });
    expect(html).toContain('<li>ab12-cd34-ef56</li>');
    expect(html).toContain('<li>&lt;b&gt;</li>');
    expect(html).toContain('href="http://127.0.0.1/oidc/auth/x?a=1&amp;b=2"');
    expect(html).toContain('they will not be shown again');
  });
});
