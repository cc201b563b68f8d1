import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../components/QueryError.js';
import { CreateRoundModal } from '../components/rounds/CreateRoundModal.js';
import { StatusTag } from '../components/StatusTag.js';
import { useCurrentUser } from '../hooks/useMe.js';
import { useRounds } from '../hooks/useRounds.js';
import { roundStatusLabel } from '../labels.js';
import { canManageRounds } from '../permissions.js';
import type { Round } from '../types.js';

export function RoundsPage() {
  const user = useCurrentUser();
  const rounds = useRounds(user.regionCode);
  const [creating, setCreating] = useState(false);

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          换届
        </Typography.Title>
        {canManageRounds(user) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建换届
          </Button>
        )}
      </Flex>
      {rounds.error ? (
        <QueryError error={rounds.error} onRetry={() => rounds.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<Round>
            rowKey="id"
            size="middle"
            loading={rounds.isPending}
            dataSource={rounds.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: '暂无换届' }}
            columns={[
              {
                title: '名称',
                dataIndex: 'name',
                render: (name: string, r) => <Link to={`/rounds/${r.id}`}>{name}</Link>,
              },
              { title: '区域', dataIndex: 'regionName' },
              { title: '选举办法', dataIndex: 'rulesetTitle', responsive: ['md'] },
              { title: '参选村数', dataIndex: 'villageCount', responsive: ['sm'] },
              {
                title: '状态',
                dataIndex: 'status',
                render: (s: string) => <StatusTag tag={roundStatusLabel(s)} />,
              },
              {
                title: '创建时间',
                dataIndex: 'createdAt',
                responsive: ['lg'],
                render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
              },
            ]}
          />
        </Card>
      )}
      {creating && <CreateRoundModal onClose={() => setCreating(false)} />}
    </>
  );
}
