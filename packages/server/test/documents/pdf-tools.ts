// 测试读 PDF 的工具：poppler-utils 的 pdftotext / pdftoppm / pdfinfo。
// 缺了就让测试失败并说清楚（CI 会装），不静默跳过——跳过就等于没检查 PDF。
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';

export const ARTIFACTS = fileURLToPath(new URL('../../../../e2e/artifacts/', import.meta.url));

function run(tool: string, args: string[]): Buffer {
  try {
    return execFileSync(tool, args, { maxBuffer: 256 * 1024 * 1024 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `找不到 ${tool}：请安装 poppler-utils（apt-get install -y poppler-utils），文书测试要用它读 PDF`,
      );
    }
    throw err;
  }
}

function withFile<T>(pdf: Buffer, fn: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'hj-pdf-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, pdf);
    return fn(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PDF 的文字，按内容流的顺序（-raw）：表格按单元格先后，便于检查排序。 */
export function pdfText(pdf: Buffer): string {
  return withFile(pdf, (path) => run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).toString('utf8'));
}

export function pdfPages(pdf: Buffer): number {
  const info = withFile(pdf, (path) => run('pdfinfo', [path]).toString('utf8'));
  const m = /^Pages:\s+(\d+)/m.exec(info);
  if (!m) throw new Error(`pdfinfo 没有给出页数：${info}`);
  return Number(m[1]);
}

/** 第一页按 60 dpi 出 PNG 到 e2e/artifacts/，供人看版面。 */
export function firstPagePng(pdf: Buffer, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const out = join(ARTIFACTS, name);
  withFile(pdf, (path) =>
    run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path, out]),
  );
  return `${out}.png`;
}

/** 页面上一块区域（单位 pt，原点左上）里的二维码解出的文字；解不出为 null。 */
export function decodeQr(
  pdf: Buffer,
  page: number,
  area: { x: number; y: number; w: number; h: number },
): string | null {
  const dpi = 200;
  const px = (pt: number) => String(Math.round((pt * dpi) / 72));
  const pgm = withFile(pdf, (path, dir) => {
    const out = join(dir, 'page');
    const crop = ['-x', px(area.x), '-y', px(area.y), '-W', px(area.w), '-H', px(area.h)];
    run('pdftoppm', [
      '-gray',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      ...crop,
      path,
      out,
    ]);
    return readFileSync(`${out}.pgm`);
  });
  // PGM（P5）：文本头“P5 宽 高 最大值”，后面是每像素一字节的灰度。
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm 输出的不是 PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const gray = pgm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const g = gray[i]!;
    rgba[i * 4] = g;
    rgba[i * 4 + 1] = g;
    rgba[i * 4 + 2] = g;
    rgba[i * 4 + 3] = 255;
  }
  return jsQR(rgba, width, height)?.data ?? null;
}

/** 各个名字在文字里依次出现的位置；有名字找不到或顺序不对时返回说明。 */
export function orderProblem(text: string, names: readonly string[]): string | null {
  let at = 0;
  for (const name of names) {
    const i = text.indexOf(name, at);
    if (i < 0) {
      const anywhere = text.indexOf(name);
      return anywhere < 0 ? `找不到“${name}”` : `“${name}”出现在前一个名字之前`;
    }
    at = i + name.length;
  }
  return null;
}
