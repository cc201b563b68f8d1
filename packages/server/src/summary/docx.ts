/** The summary report as a real Word file (docx): title, subtitle, headed sections; placeholders highlighted. */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { paragraphText, type SummaryDoc } from './text.js';

const FONT = { ascii: 'SimSun', eastAsia: '仿宋_GB2312', hAnsi: 'SimSun' };
const TITLE_FONT = { ascii: 'SimHei', eastAsia: '方正小标宋简体', hAnsi: 'SimHei' };
const HEADING_FONT = { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' };

export async function summaryDocx(doc: SummaryDoc): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: doc.title, font: TITLE_FONT, size: 40 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [new TextRun({ text: doc.subtitle, font: FONT, size: 24, color: '666666' })],
    }),
  ];
  for (const section of doc.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 240, after: 120 },
        children: [new TextRun({ text: section.heading, font: HEADING_FONT, size: 32, color: '000000' })],
      }),
    );
    for (const p of section.paragraphs)
      children.push(
        new Paragraph({
          indent: { firstLine: 640 },
          spacing: { line: 560, lineRule: 'exact' },
          children: [
            new TextRun({
              text: paragraphText(p),
              font: FONT,
              size: 32,
              ...(p.placeholder ? { highlight: 'yellow', color: 'C00000' } : {}),
            }),
          ],
        }),
      );
  }
  const document = new Document({
    creator: '换届通',
    title: doc.title,
    description: doc.subtitle,
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
