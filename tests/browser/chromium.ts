import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import axe from 'axe-core';

/** Where the screenshots of the console's screens go (a test artefact, ignored by git). */
export const SCREENSHOT_DIR = join(__dirname, '..', '..', '.cache', 'screenshots');

/**
 * Debian's Chromium (infra/bin/chromium.sh), headless, with the flags this network needs: no
 * background connections to Google's hosts, no first-run, a throwaway profile.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** axe-core run in the page: the serious and critical violations (the ones that fail a test). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated rather than added as a <script>: the console's Content-Security-Policy (rightly)
  // refuses inline scripts, and the test must not weaken it.
  await page.evaluate(axe.source);
  // A string, run in the page: this file is compiled for Node, without the DOM's types.
  const results = await page.evaluate<{
    violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
  }>('window.axe.run(document)');
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.length }));
}

/** A screenshot of the screen as the user sees it, named role-screen-width. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
