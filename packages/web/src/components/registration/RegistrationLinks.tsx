import { Button, Card, Flex, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useRounds } from '../../hooks/useRounds.js';
import { villagePage } from './model.js';

const LINKS = [
  { path: 'schedule', label: '日程' },
  { path: 'voters', label: '选民名单' },
  { path: 'voters/import', label: '导入户籍' },
  { path: 'objections', label: '申诉' },
  { path: 'proxies', label: '委托投票' },
  { path: 'representatives', label: '村民代表' },
];

/** A round that has ended is looked back at, not worked in: its result, who serves, its archive. */
const CLOSED_LINKS = [
  { path: 'result', label: '选举结果' },
  { path: 'bodies', label: '村级班子' },
  { path: 'archive', label: '档案' },
];

/**
 * On the village page: the round's work screens (schedule, then registration) for each open round that
 * covers the village, newest first; below them the ended rounds (上届) with their results.
 */
export function RegistrationLinks({ villageCode }: { villageCode: string }) {
  const navigate = useNavigate();
  const rounds = useRounds(villageCode);
  const items = [...(rounds.data?.items ?? [])].sort(
    (a, b) =>
      Number(a.status === 'closed') - Number(b.status === 'closed') || b.createdAt.localeCompare(a.createdAt),
  );
  if (items.length === 0) return null;
  return (
    <Card title="换届工作" size="small" style={{ marginBottom: 16 }}>
      {items.map((r) => {
        const closed = r.status === 'closed';
        return (
          <Flex key={r.id} wrap gap={8} align="center" style={{ marginBottom: 8 }}>
            <Typography.Text strong={!closed} type={closed ? 'secondary' : undefined}>
              {r.name}
              {closed ? '（已结束）' : ''}
            </Typography.Text>
            <Space wrap size={4}>
              {(closed ? CLOSED_LINKS : LINKS).map((l) => (
                <Button
                  key={l.path}
                  size="small"
                  type={!closed && l.path === 'schedule' ? 'primary' : 'default'}
                  onClick={() => navigate(`${villagePage(String(r.id), villageCode)}/${l.path}`)}
                >
                  {l.label}
                </Button>
              ))}
            </Space>
          </Flex>
        );
      })}
    </Card>
  );
}
