import { Tag, Typography } from 'antd';
import type { CSSProperties } from 'react';
import type { BallotModel } from './model.js';

type Sheet = BallotModel['sheets'][number];

const cell: CSSProperties = {
  border: '1px solid #222',
  textAlign: 'center',
  padding: '6px 2px',
  minWidth: 44,
};

/**
 * One sheet of core's ballot model drawn in HTML, as the PDF draws it: the people in 姓氏笔画 order with
 * a mark box each, the 另选他人 columns, the 单列妇女委员 part, and the instructions with their rules.
 */
export function BallotSheetPreview({
  sheet,
  title,
  candidateTitle,
}: {
  sheet: Sheet;
  title: string;
  candidateTitle: string;
}) {
  return (
    <div
      style={{
        position: 'relative',
        border: '1px solid #d9d9d9',
        background: '#fff',
        padding: 12,
        overflow: 'hidden',
      }}
    >
      <div
        aria-hidden
        style={{
          position: 'absolute',
          inset: 0,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          fontSize: 96,
          fontWeight: 700,
          color: 'rgba(208,0,0,0.12)',
          transform: 'rotate(-30deg)',
          pointerEvents: 'none',
        }}
      >
        样票
      </div>
      <Typography.Title level={5} style={{ textAlign: 'center', margin: '0 0 8px' }}>
        {title}
        {sheet.title}
        <Typography.Text type="danger" style={{ float: 'right', fontSize: 13 }}>
          样票
        </Typography.Text>
      </Typography.Title>
      {sheet.parts.map((part) => {
        const columns = [
          ...part.candidates.map((c) => ({ key: c.id, name: c.name, writeIn: false })),
          ...Array.from({ length: part.writeInLines }, (_, i) => ({ key: `w${i}`, name: '', writeIn: true })),
        ];
        return (
          <div key={part.office} style={{ marginBottom: 10 }}>
            <div
              style={{
                background: part.separate ? '#f3e3ea' : '#eeeeee',
                fontWeight: 600,
                padding: '2px 6px',
              }}
            >
              {part.separate
                ? `${part.title}（单列 · 应选${part.seats}名 · 只能选女性）`
                : part.womenOnly
                  ? `${part.title}（应选${part.seats}名 · 只能选女性）`
                  : part.heading}
            </div>
            <div style={{ overflowX: 'auto' }}>
              <table style={{ borderCollapse: 'collapse', fontSize: 13 }} aria-label={`${part.title}栏`}>
                <tbody>
                  <tr>
                    <td style={{ ...cell, fontSize: 12, color: '#555' }}>{candidateTitle}</td>
                    {columns.map((c) => (
                      <td key={c.key} style={{ ...cell, fontWeight: c.writeIn ? 400 : 600, height: 34 }}>
                        {c.writeIn ? <span style={{ fontSize: 10, color: '#888' }}>另选他人</span> : c.name}
                      </td>
                    ))}
                  </tr>
                  <tr>
                    <td style={{ ...cell, fontSize: 12, color: '#555' }}>画符号</td>
                    {columns.map((c) => (
                      <td key={c.key} style={cell}>
                        <span
                          style={{ display: 'inline-block', width: 16, height: 16, border: '1px solid #222' }}
                        />
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
      <Typography.Text strong>填写说明</Typography.Text>
      <ol style={{ margin: '4px 0 0', paddingInlineStart: 20, fontSize: 12 }}>
        {sheet.instructions.map((i) => (
          <li key={i.text}>
            {i.text}
            <Tag style={{ marginInlineStart: 4, fontSize: 10, lineHeight: '16px' }}>{i.rule}</Tag>
          </li>
        ))}
      </ol>
    </div>
  );
}
