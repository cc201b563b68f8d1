// 二维码排版：pdfmake 自带的 `qr` 节点把每个黑色模块画成一个单独着色的矩形，
// 一张选民证约 500 个矩形，几百张证光画二维码就要几秒。这里借用 pdfmake 的编码器拿到模块，
// 合并成一条 SVG 路径一次填充，图形一样，生成快得多，PDF 也更小。
import { createRequire } from 'node:module';
import type { Content } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);

interface QrRect {
  type: string;
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
}
interface QrMeasured {
  _canvas: QrRect[];
  _width: number;
}
// pdfmake 0.3 的内部模块（包没有 exports 字段限制深层引用）；升级 pdfmake 时由测试把关（二维码要能解回原文）。
const qrEnc = (require('pdfmake/js/qrEnc.js') as { default: { measure(node: object): QrMeasured } }).default;

/** 边长不超过 fit（pt）的二维码；纠错等级 M，污损一点也能扫。 */
export function qrCode(text: string, fit: number): Content {
  const measured = qrEnc.measure({ qr: text, fit, eccLevel: 'M', foreground: '#000', background: '#fff' });
  const [background, ...modules] = measured._canvas;
  // 同一行里相邻的黑模块并成一段：路径短一半以上，PDF 更小、解析更快。
  const parts: string[] = [];
  for (let i = 0; i < modules.length; ) {
    const first = modules[i]!;
    let w = first.w;
    let j = i + 1;
    while (j < modules.length && modules[j]!.y === first.y && modules[j]!.x === first.x + w)
      w += modules[j++]!.w;
    parts.push(`M${first.x} ${first.y}h${w}v${first.h}h${-w}Z`);
    i = j;
  }
  const d = parts.join('');
  const size = background?.w ?? measured._width;
  // 用 SVG 节点画：pdfmake canvas 的 path 类型不随节点位置平移，SVG 会。
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<rect width="${size}" height="${size}" fill="#ffffff"/><path d="${d}" fill="#000000"/></svg>`;
  return { svg, width: size, alignment: 'center' };
}
