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

/**
 * Chooses the radio (or radio button) labelled `label` inside `scope`, clicking until it reads checked:
 * in a dialog still animating in, a click on a radio can land on nothing (seen in CI: a 红色 rating
 * saved as the initial 绿色).
 */
export async function pickRadio(scope: Locator | Page, label: string): Promise<void> {
  const input = scope.getByRole('radio', { name: label, exact: true });
  // the label around the input takes the click (antd hides the input itself)
  const wrapper = input.locator('xpath=ancestor::label[1]');
  for (let attempt = 0; attempt < 3; attempt++) {
    await wrapper.click().catch(() => {});
    for (let wait = 0; wait < 25; wait++) {
      if (await input.isChecked().catch(() => false)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`单选项“${label}”点击三次仍未选中`);
}
