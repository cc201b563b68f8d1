// Debian's chromium driven by playwright-core: headless, no network side traffic, a
// throw-away profile, and the clerk's laptop screen (1366×768) as the default viewport.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 375, height: 812 };

const screenshotDir = resolve(dirname(fileURLToPath(import.meta.url)), '../screenshots');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Dialogs and drawers open and close at once in the tests: with both cores busy, a button clicked
 * while its dialog still zoomed in was missed (seen in CI: 发布 in the publish dialog did nothing).
 * Only these: popups (selects, popovers) keep their animation, as rc-trigger places them during it.
 */
const NO_DIALOG_MOTION = `
.ant-modal, .ant-modal-mask, .ant-modal-wrap, .ant-drawer-content-wrapper, .ant-drawer-mask {
  animation-duration: 0.01ms !important;
  transition-duration: 0.01ms !important;
}`;

export interface Browser {
  context: BrowserContext;
  /** A new tab; uncaught page errors are collected so a test can assert there were none. */
  newPage(viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'huanjie-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: DESKTOP,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(15_000);
  // as text: a function would be passed through tsx, whose helpers the page does not have
  await context.addInitScript({
    content: `(() => {
      const add = () => {
        const style = document.createElement('style');
        style.textContent = ${JSON.stringify(NO_DIALOG_MOTION)};
        document.head.append(style);
      };
      if (document.head) add();
      else document.addEventListener('DOMContentLoaded', add, { once: true });
    })();`,
  });
  return {
    context,
    async newPage(viewport = DESKTOP) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      return { page, errors };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves e2e/screenshots/NAME.png (the whole page) and returns its path. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  // Finished animations: a drawer caught half-open would make the picture lie.
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
