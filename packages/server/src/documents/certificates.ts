// 当选证书：乡镇确认选举结果后，每个当选的人一页（A4 横向）：姓名、当选职务、任期、选举日期、编号，
// 发证单位（乡镇人民政府）盖章和日期。
import type { Content } from 'pdfmake/interfaces';
import { cnDate } from './layout.js';
import { renderPdf } from './render.js';
import type { CertificateDoc } from './result-model.js';

const RED = '#a8071a';
// A4 横向 842 × 595 pt；外框、内框
const OUTER = { x: 28, y: 28, w: 786, h: 539 };
const INNER = { x: 38, y: 38, w: 766, h: 519 };

function frame(): Content {
  return {
    absolutePosition: { x: 0, y: 0 },
    canvas: [
      { type: 'rect', ...OUTER, lineWidth: 3, lineColor: RED },
      { type: 'rect', ...INNER, lineWidth: 0.8, lineColor: RED },
    ],
  };
}

function page(d: CertificateDoc, person: { name: string; office: string }, i: number): Content {
  const no = `${d.numberPrefix}-${String(i + 1).padStart(2, '0')}`;
  return {
    pageBreak: i === 0 ? undefined : 'before',
    stack: [
      frame(),
      { text: `编号：${no}`, alignment: 'right', fontSize: 9, color: '#555555', margin: [0, 0, 10, 0] },
      {
        text: '当 选 证 书',
        alignment: 'center',
        bold: true,
        fontSize: 40,
        color: RED,
        characterSpacing: 6,
        margin: [0, 30, 0, 40],
      },
      { text: `${person.name}　同志：`, fontSize: 20, bold: true, margin: [60, 0, 60, 18] },
      {
        text:
          `　　在 ${cnDate(d.pollingDate)} 举行的${d.village}${d.committeeName}选举中，` +
          `您当选为${d.village}${d.committeeName}${person.office}，${d.term}。`,
        fontSize: 17,
        lineHeight: 1.7,
        preserveLeadingSpaces: true,
        margin: [60, 0, 60, 10],
      },
      { text: '　　特发此证。', fontSize: 17, preserveLeadingSpaces: true, margin: [60, 0, 60, 0] },
      {
        margin: [0, 50, 80, 0],
        stack: [
          { text: `${d.township}人民政府（盖章）`, alignment: 'right', fontSize: 15 },
          { text: cnDate(d.issuedOn), alignment: 'right', fontSize: 15, margin: [0, 10, 0, 0] },
        ],
      },
    ],
  };
}

/** 生成当选证书 PDF：每个当选的人一页。 */
export async function certificatesPdf(d: CertificateDoc): Promise<Buffer> {
  const content: Content[] =
    d.people.length > 0
      ? d.people.map((p, i) => page(d, p, i))
      : [{ text: '本次投票没有人当选，无当选证书。', alignment: 'center', margin: [0, 200, 0, 0] }];
  return renderPdf({
    title: `${d.village}${d.committeeName}成员当选证书`,
    header: { village: d.village, round: '', document: '当选证书' },
    content,
    orientation: 'landscape',
    margins: [60, 60, 60, 50],
    bare: true,
  });
}
