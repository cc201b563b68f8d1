// Measures how long the projector (大屏) takes to show each ballot a clerk saves: the clerk's page notes
// the time of each Enter that saves a ballot, the projector the time each new ballot count appears
// (both pages run in one browser, so they share one clock). Issue 6: p95 under 1 s.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './server.js';

/** Starts noting the counts the projector shows (its `projector-ballots` element's data-value). */
export async function watchProjector(projector: Page): Promise<void> {
  await projector.evaluate(() => {
    const w = window as unknown as { seen: { n: number; t: number }[] };
    w.seen = [];
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="projector-ballots"]');
      const n = Number(el?.getAttribute('data-value'));
      if (w.seen.at(-1)?.n !== n) w.seen.push({ n, t: Date.now() });
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-value'] });
  });
}

/** Starts noting the time of each Enter on the clerk's page outside a dropdown or a dialog. */
export async function watchEnters(clerk: Page): Promise<void> {
  await clerk.evaluate(() => {
    const w = window as unknown as { sent: number[] };
    w.sent = [];
    window.addEventListener(
      'keydown',
      (e) => {
        const t = e.target as HTMLElement;
        if (e.key === 'Enter' && !t.closest('.ant-select, .ant-modal')) w.sent.push(Date.now());
      },
      true,
    );
  });
}

export interface LatencyFigures {
  measuredOn: string;
  ballots: number;
  latenciesMs: number[];
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)]!;
}

/**
 * Each Enter's time until the projector showed at least `expected[i]` ballots; the figures are printed
 * and saved to e2e/screenshots/NAME.json. Throws when an Enter's count never showed.
 */
export async function projectorLatency(
  clerk: Page,
  projector: Page,
  expected: readonly number[],
  name: string,
): Promise<LatencyFigures> {
  const sent = await clerk.evaluate(() => (window as unknown as { sent: number[] }).sent);
  const seen = await projector.evaluate(
    () => (window as unknown as { seen: { n: number; t: number }[] }).seen,
  );
  if (sent.length !== expected.length)
    throw new Error(`记录到 ${sent.length} 次回车，应为 ${expected.length} 次：${JSON.stringify(sent)}`);
  const latencies = sent.map((t, i) => {
    const hit = seen.find((s) => s.t >= t && s.n >= expected[i]!);
    if (!hit) throw new Error(`第 ${i + 1} 次回车后大屏没有显示 ${expected[i]}：${JSON.stringify(seen)}`);
    return hit.t - t;
  });
  const sorted = [...latencies].sort((a, b) => a - b);
  const figures: LatencyFigures = {
    measuredOn: new Date().toISOString(),
    ballots: latencies.length,
    latenciesMs: latencies,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    maxMs: sorted.at(-1)!,
  };
  console.log(
    `projector latency (${name}; Enter → projector shows the count): p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, max ${figures.maxMs} ms over ${latencies.length} ballots`,
  );
  writeFileSync(join(repoRoot, `e2e/screenshots/${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
  return figures;
}
