import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../components/QueryError.js';
import { RegionTreeSelect } from '../components/RegionTreeSelect.js';
import { CreateUserModal } from '../components/users/CreateUserModal.js';
import { UsersTable } from '../components/users/UsersTable.js';
import { useCurrentUser } from '../hooks/useMe.js';
import { useUsers } from '../hooks/useUsers.js';
import { canManageUsers } from '../permissions.js';

export function UsersPage() {
  const user = useCurrentUser();
  const [regionCode, setRegionCode] = useState(user.regionCode);
  const users = useUsers(regionCode);
  const [creating, setCreating] = useState(false);
  const allowed = canManageUsers(user);

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          用户管理
        </Typography.Title>
        <Space wrap>
          <RegionTreeSelect value={regionCode} onChange={(code) => setRegionCode(code || user.regionCode)} />
          {allowed && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建用户
            </Button>
          )}
        </Space>
      </Flex>
      {users.error ? (
        <QueryError error={users.error} onRetry={() => users.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <UsersTable users={users.data?.items ?? []} loading={users.isPending} />
        </Card>
      )}
      {creating && <CreateUserModal onClose={() => setCreating(false)} />}
    </>
  );
}
