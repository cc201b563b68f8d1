// Choosing in antd's single selects. When both cores are busy a click can land on an option that
// is still animating in and choose nothing (seen in CI: the form then refused to save). A chosen
// option closes the dropdown, so click until it is gone.
import type { Page } from 'playwright-core';

/** Clicks the option showing `text` in the open dropdown of a single select until it closes. */
export async function chooseOption(page: Page, text: string | RegExp): Promise<void> {
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first();
  for (let attempt = 0; attempt < 3; attempt++) {
    await option.click();
    try {
      await option.waitFor({ state: 'hidden', timeout: 3_000 });
      return;
    } catch {
      // still open: the click chose nothing; try again
    }
  }
  await option.waitFor({ state: 'hidden' });
}

/**
 * Chooses `text` in the open dropdown of a multiple select: a multiple select stays open, so click
 * until the option shows as selected (a click on an option still animating in chooses nothing).
 */
export async function chooseOptionInMultiple(page: Page, text: string | RegExp): Promise<void> {
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first();
  const selected = option.and(page.locator('.ant-select-item-option-selected'));
  for (let attempt = 0; attempt < 3; attempt++) {
    await option.click();
    try {
      await selected.waitFor({ timeout: 3_000 });
      return;
    } catch {
      // not selected: the click chose nothing; try again
    }
  }
  await selected.waitFor();
}
