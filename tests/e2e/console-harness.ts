import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Clock } from '@passerelle/shared/clock';
import { freePort } from '@passerelle/shared/testing';
import { launchChromium } from '../browser/chromium';
import { startPlatform, type RunningPlatform } from './platform-harness';

/** The built console (npm run web:build), as the gateway serves it. */
const WEB_DIST_DIR = join(__dirname, '..', '..', 'apps', 'web', 'dist');

export interface RunningConsole {
  platform: RunningPlatform;
  /** Where the console is served: a gateway trusting identity's tokens, on the same origin as /graphql. */
  consoleUrl: string;
  browser: Browser;
}

/**
 * The whole platform for the console's browser tests: identity knows the console's return
 * addresses, a second gateway serves the built console and trusts identity's tokens, and Debian's
 * Chromium is started. `clock`: the services' clock (the machine's unless told), for a story that
 * needs facts dated in the past (the browser and token checks keep the machine's time).
 */
export async function startConsole(clock?: Clock): Promise<RunningConsole> {
  const port = await freePort();
  const consoleUrl = `http://127.0.0.1:${port}`;
  const platform = await startPlatform(clock, {
    identityEnv: {
      IDENTITY_CONSOLE_REDIRECT_URIS: `${consoleUrl}/auth/callback`,
      IDENTITY_CONSOLE_LOGOUT_URIS: `${consoleUrl}/`,
    },
  });
  await platform.startIdentityGateway({ port, env: { WEB_DIST_DIR } });
  const browser = await launchChromium();
  return { platform, consoleUrl, browser };
}

/** On an invitation's (or sign-in link's) page: chooses the password. */
export async function choosePassword(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await page.fill('#password', password);
  await page.fill('#confirmation', password);
  await page.locator('form button[type="submit"], form input[type="submit"]').first().click();
  await page.waitForLoadState('networkidle');
}

/**
 * From the console's welcome to identity's sign-in page and the password; what follows (the
 * console, or setting up a second factor) is the caller's.
 */
export async function signIn(page: Page, consoleUrl: string, email: string, password: string): Promise<void> {
  await page.goto(consoleUrl);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/\/interaction\//);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.locator('form button[type="submit"]').first().click();
}
