import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  InfoCircleFilled,
} from '@ant-design/icons';
import { List, Space, Tag, Typography } from 'antd';
import type { SeatPlanReview } from './model.js';

const KINDS = [
  {
    key: 'violations',
    color: '#cf1322',
    tag: 'red',
    icon: <CloseCircleFilled style={{ color: '#cf1322' }} />,
  },
  {
    key: 'warnings',
    color: '#d46b08',
    tag: 'orange',
    icon: <ExclamationCircleFilled style={{ color: '#d46b08' }} />,
  },
  { key: 'notes', color: undefined, tag: 'blue', icon: <InfoCircleFilled style={{ color: '#1677ff' }} /> },
] as const;

/** The rule set's check of a plan: every failure, warning and note on its own line with its rule. */
export function ReviewList({ review }: { review: SeatPlanReview }) {
  const rows = KINDS.flatMap((k) => review[k.key].map((v, i) => ({ key: `${k.key}-${i}`, kind: k, ...v })));
  return (
    <>
      {review.violations.length === 0 ? (
        <Space style={{ marginBottom: rows.length ? 8 : 0 }}>
          <CheckCircleFilled style={{ color: '#52c41a' }} />
          <Typography.Text>符合规则集的要求，可以报乡镇审核（合计 {review.totalSeats} 人）</Typography.Text>
        </Space>
      ) : (
        <Typography.Text type="danger" strong>
          有 {review.violations.length} 项不符合规则，改正后才能报送
        </Typography.Text>
      )}
      {rows.length > 0 && (
        <List
          size="small"
          dataSource={rows}
          renderItem={(r) => (
            <List.Item style={{ paddingInline: 0 }}>
              <Space align="start">
                {r.kind.icon}
                <span style={{ color: r.kind.color }}>
                  {r.field ? `${r.field}：` : ''}
                  {r.reason}
                  <Tag color={r.kind.tag} style={{ marginInlineStart: 6 }}>
                    规则 {r.rule}
                  </Tag>
                </span>
              </Space>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
