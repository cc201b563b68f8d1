import { Typography } from 'antd';
import { fieldLabel } from '../../labels.js';
import { diffEntries } from './diff.js';

const cell = { padding: '2px 12px 2px 0', verticalAlign: 'top' as const, wordBreak: 'break-all' as const };

/** The fields a write changed, old value struck through, new value after it. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const changes = diffEntries(before, after);
  if (changes.length === 0) return <Typography.Text type="secondary">没有字段变化</Typography.Text>;
  return (
    <table style={{ fontSize: 13, borderCollapse: 'collapse' }}>
      <thead>
        <tr style={{ textAlign: 'left', color: '#888' }}>
          <th style={cell}>字段</th>
          <th style={cell}>修改前</th>
          <th style={cell}>修改后</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <td style={cell}>{fieldLabel(c.field)}</td>
            <td
              style={{
                ...cell,
                color: '#a8071a',
                textDecoration: c.before === '—' ? 'none' : 'line-through',
              }}
            >
              {c.before}
            </td>
            <td style={{ ...cell, color: '#237804' }}>{c.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
