// Made-up people for browser tests: valid ID numbers (the check character from core, the same
// function the importer checks them with) and China's date, which the app's "today" follows.
import assert from 'node:assert/strict';
import { idCardCheckChar } from '@huanjie/core';
import type { Page } from 'playwright-core';

/** A valid 公民身份号码 in 景宁县 (331127): birth date, then an order number whose parity is the sex. */
export function idNumber(birth: string, seq: number, sex: 'M' | 'F'): string {
  const order = String(seq * 2 + (sex === 'M' ? 1 : 0)).padStart(3, '0');
  const first17 = `331127${birth.replaceAll('-', '')}${order}`;
  return first17 + idCardCheckChar(first17);
}

/** Today in China (YYYY-MM-DD), as the server and the pages date things. */
export const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** Fails when the page scrolls sideways (a phone-width check). */
export async function noOverflow(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what}在 375px 宽度下横向溢出 ${overflow}px`);
}
