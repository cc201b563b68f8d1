// Clicks that can miss when both cores are busy: a popconfirm's or dialog's button clicked while it
// still animates in does nothing (seen in CI). Click until what the click should bring is there.
import type { Locator, Page } from 'playwright-core';

/** Clicks `button` (while it is visible) until `done` appears, three tries of 5 s, then waits as usual. */
export async function clickUntil(button: Locator, done: Locator): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await button.isVisible()) await button.click().catch(() => {});
    try {
      await done.waitFor({ timeout: 5000 });
      return;
    } catch {}
  }
  await done.waitFor();
}

/** Presses the button `name` in the open popconfirm until `done` appears. */
export async function confirmPopover(page: Page, name: string | RegExp, done: Locator): Promise<void> {
  await clickUntil(page.getByRole('tooltip').getByRole('button', { name }), done);
}
