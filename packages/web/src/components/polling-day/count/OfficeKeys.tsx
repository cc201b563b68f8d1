// One office on the entry screen: its candidates as buttons with their keys, the people written in,
// and how many are marked against the seats (an over-vote is entered as read, and said so).
import { CloseOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import type { KeyedCandidate, VoteOffice } from './model.js';

export function OfficeKeys({
  office,
  candidates,
  marked,
  names,
  disabled,
  onToggle,
}: {
  office: VoteOffice;
  candidates: KeyedCandidate[];
  marked: string[];
  names: (id: string) => string;
  disabled: boolean;
  onToggle: (person: string) => void;
}) {
  const onBallot = new Set(candidates.map((c) => c.voterId));
  const written = marked.filter((p) => !onBallot.has(p));
  const over = marked.length > office.seats;
  return (
    <Card
      size="small"
      title={`${office.title}（应选 ${office.seats} 名）`}
      extra={
        <Typography.Text type={over ? 'danger' : 'secondary'}>
          已选 {marked.length}/{office.seats}
          {over ? '：超过应选人数，按原样录入' : ''}
        </Typography.Text>
      }
      styles={{ body: { padding: 8 } }}
    >
      <Flex wrap gap={8}>
        {candidates.map((c) => {
          const on = marked.includes(c.voterId);
          return (
            <Button
              key={c.voterId}
              size="large"
              type={on ? 'primary' : 'default'}
              disabled={disabled}
              aria-pressed={on}
              onClick={() => onToggle(c.voterId)}
              style={{ minWidth: 112 }}
            >
              <Tag color={on ? 'gold' : 'default'} style={{ marginInlineEnd: 4, fontFamily: 'monospace' }}>
                {c.key}
              </Tag>
              {c.name}
            </Button>
          );
        })}
        {written.map((p) => (
          <Tag key={p} color="purple" style={{ fontSize: 16, padding: '6px 10px' }}>
            另选 {names(p)}
            {!disabled && (
              <CloseOutlined
                aria-label={`取消另选 ${names(p)}`}
                style={{ marginInlineStart: 6 }}
                onClick={() => onToggle(p)}
              />
            )}
          </Tag>
        ))}
      </Flex>
    </Card>
  );
}
