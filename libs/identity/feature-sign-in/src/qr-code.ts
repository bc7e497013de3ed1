import { toString as qrToString } from 'qrcode';

/**
 * The otpauth:// URI as a QR code, an SVG to put inline in the page (nothing for the strict CSP to
 * allow). The namespace is dropped: inline SVG in HTML does not need it, and the page names no URL.
 */
export async function qrCodeSvg(text: string): Promise<string> {
  const svg = await qrToString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return svg.replace(/ xmlns="[^"]*"/, '').trim();
}
