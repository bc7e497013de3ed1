import type { Language } from './recipient';

/** A message ready to send: both bodies in the recipient's language, and any attachment. */
export interface RenderedMessage {
  subject: string;
  /** One line for the person's notification list in the console (never a link). */
  summary: string;
  text: string;
  html: string;
  attachments: MessageAttachment[];
  /** The text message, for a kind that can go by SMS (short, plain, no greeting). */
  sms?: string;
}

export interface MessageAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** What every template needs besides its own facts. */
export interface RenderContext {
  language: Language;
  displayName: string;
  /** The web console's URL, for "open Passerelle" links. */
  consoleUrl: string;
  /** Where dates are read (an IANA zone). */
  timeZone: string;
  /** A non-essential email's unsubscribe link (signed); null for an essential one. */
  unsubscribeUrl?: string | null;
}

/** Everything interpolated into HTML goes through this: text never becomes markup. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** "jeudi 10 décembre 2026 à 10:00" / "Thursday, 10 December 2026 at 10:00", in the zone given. */
export function formatInstant(instant: Date, language: Language, timeZone: string): string {
  const formats = formatsOf(language, timeZone);
  const day = formats.day.format(instant);
  const time = formats.time.format(instant);
  return language === 'fr' ? `${day} à ${time}` : `${day} at ${time}`;
}

const FORMATS = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

/** Building a formatter costs more than formatting: one pair per language and zone, kept. */
function formatsOf(
  language: Language,
  timeZone: string,
): { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat } {
  const key = `${language}|${timeZone}`;
  const known = FORMATS.get(key);
  if (known) return known;
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  const formats = {
    day: new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
    }),
    time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }),
  };
  FORMATS.set(key, formats);
  return formats;
}

/** A block of a message: a paragraph, a list, or a call to action. Rendered to text and to HTML. */
export type Block = { paragraph: string } | { list: string[] } | { action: { label: string; url: string } };

const SIGNATURE: Record<Language, string> = {
  fr: 'L’équipe Passerelle',
  en: 'The Passerelle team',
};
const UNSUBSCRIBE: Record<Language, string> = {
  fr: 'Ne plus recevoir ces messages par email',
  en: 'Stop receiving these messages by email',
};
const GREETING: Record<Language, (name: string) => string> = {
  fr: (name) => `Bonjour ${name},`,
  en: (name) => `Hello ${name},`,
};

/**
 * The one layout of every message: greeting, blocks, signature; plain text and HTML from the
 * same blocks, so the two never say different things. Every value is escaped in the HTML.
 */
export function composeMessage(
  context: RenderContext,
  subject: string,
  blocks: readonly Block[],
  attachments: MessageAttachment[] = [],
): RenderedMessage {
  const greeting = GREETING[context.language](context.displayName);
  const footer: Block[] = context.unsubscribeUrl
    ? [{ action: { label: UNSUBSCRIBE[context.language], url: context.unsubscribeUrl } }]
    : [];
  const text =
    [greeting, ...blocks.map(blockText), SIGNATURE[context.language], ...footer.map(blockText)].join('\n\n') +
    '\n';
  const html = [
    `<!doctype html><html lang="${context.language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...blocks.map(blockHtml),
    `<p>${escapeHtml(SIGNATURE[context.language])}</p>`,
    ...footer.map((block) => blockHtml(block).replace('<p>', '<p style="font-size:small">')),
    '</body></html>',
  ].join('\n');
  const first = blocks.find((block): block is { paragraph: string } => 'paragraph' in block);
  return { subject, summary: first?.paragraph ?? subject, text, html, attachments };
}

function blockText(block: Block): string {
  if ('paragraph' in block) return block.paragraph;
  if ('list' in block) return block.list.map((item) => `- ${item}`).join('\n');
  return `${block.action.label}: ${block.action.url}`;
}

function blockHtml(block: Block): string {
  if ('paragraph' in block) return `<p>${escapeHtml(block.paragraph)}</p>`;
  if ('list' in block) return `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  return `<p><a href="${escapeHtml(block.action.url)}">${escapeHtml(block.action.label)}</a></p>`;
}
