// 把 pdfmake 文档定义排成 PDF：A4、统一页边距、页眉（村名和届次）、页脚“第 X 页 共 Y 页”、中文字体。
// 各文书生成器只管正文，版式的共同部分都在这里。
import type { Content, PageOrientation, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, FONT_FILES } from './fonts.js';

type PdfMake = typeof import('pdfmake');

// pdfmake 0.3 在 Node 下是一个全局实例：第一次生成文书时才加载（服务启动时不必加载它），字体和访问策略设一次即可。
// 文书不引用外部资源：禁止联网取图，本地只许读两个字体文件。
let loaded: Promise<PdfMake> | null = null;
function pdfmakeReady(): Promise<PdfMake> {
  loaded ??= import('pdfmake').then(({ default: pdfmake }) => {
    const allowedFiles = new Set<string>(Object.values(FONT_FILES));
    pdfmake.setFonts({
      [FONT_FAMILY]: {
        normal: FONT_FILES.normal,
        bold: FONT_FILES.bold,
        italics: FONT_FILES.normal,
        bolditalics: FONT_FILES.bold,
      },
    });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => allowedFiles.has(path));
    return pdfmake;
  });
  return loaded;
}

/** 页眉上的文书出处。 */
export interface PageHeader {
  /** 村（社区）名，如“柳山村”。 */
  village: string;
  /** 届次或换届名称，如“第十二届村民委员会选举”。 */
  round: string;
  /** 文书名称，印在页眉右侧，如“选民名单”。 */
  document: string;
}

export interface PdfSpec {
  header: PageHeader;
  content: Content;
  /** 默认纵向。 */
  orientation?: PageOrientation;
  /** [左, 上, 右, 下]，单位 pt；默认 [40, 48, 40, 44]，页眉页脚在上下边距里。 */
  margins?: [number, number, number, number];
  /** 不印页眉页脚（选民证、委托投票证这类要裁开的卡片页用）。 */
  bare?: boolean;
  /** PDF 元数据里的标题。 */
  title: string;
}

export const DEFAULT_MARGINS: [number, number, number, number] = [40, 48, 40, 44];

/** 生成 PDF，返回完整的文件内容。 */
export async function renderPdf(spec: PdfSpec): Promise<Buffer> {
  const margins = spec.margins ?? DEFAULT_MARGINS;
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: spec.orientation ?? 'portrait',
    pageMargins: margins,
    info: { title: spec.title, creator: '换届通', producer: '换届通' },
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.15 },
    content: spec.content,
  };
  if (!spec.bare) {
    const { village, round, document } = spec.header;
    doc.header = () => ({
      margin: [margins[0], 20, margins[2], 0],
      columns: [
        { text: `${village}　${round}`, fontSize: 8, color: '#555555' },
        { text: document, fontSize: 8, color: '#555555', alignment: 'right' },
      ],
    });
    doc.footer = (currentPage: number, pageCount: number) => ({
      text: `第 ${currentPage} 页　共 ${pageCount} 页`,
      alignment: 'center',
      fontSize: 8,
      color: '#555555',
      margin: [0, 14, 0, 0],
    });
  }
  return (await pdfmakeReady()).createPdf(doc).getBuffer();
}
