import { Alert, Tag } from 'antd';
import type { RuleReason } from './model.js';

/** Every rule problem on its own line, the rule's ID as a tag (law-rules IDs such as G-3). */
export function ProblemList({
  problems,
  title,
  type = 'error',
}: {
  problems: RuleReason[];
  title: string;
  type?: 'error' | 'warning';
}) {
  if (problems.length === 0) return null;
  return (
    <Alert
      type={type}
      showIcon
      title={title}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {problems.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no ID and never reorder
            <li key={i}>
              {p.field ? `${p.field}：` : ''}
              {p.reason}
              {p.rule && (
                <Tag color="red" style={{ marginInlineStart: 6 }}>
                  规则 {p.rule}
                </Tag>
              )}
            </li>
          ))}
        </ul>
      }
    />
  );
}
