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

/** On the village page: the round's work screens (schedule, then registration) for each round that covers the village. */
export function RegistrationLinks({ villageCode }: { villageCode: string }) {
  const navigate = useNavigate();
  const rounds = useRounds(villageCode);
  const items = rounds.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card title="换届工作" size="small" style={{ marginBottom: 16 }}>
      {items.map((r) => (
        <Flex key={r.id} wrap gap={8} align="center" style={{ marginBottom: 8 }}>
          <Typography.Text strong>{r.name}</Typography.Text>
          <Space wrap size={4}>
            {LINKS.map((l) => (
              <Button
                key={l.path}
                size="small"
                type={l.path === 'schedule' ? 'primary' : 'default'}
                onClick={() => navigate(`${villagePage(String(r.id), villageCode)}/${l.path}`)}
              >
                {l.label}
              </Button>
            ))}
          </Space>
        </Flex>
      ))}
    </Card>
  );
}
