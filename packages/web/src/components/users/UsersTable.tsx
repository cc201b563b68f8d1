import { Button, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { roleLabels } from '../../labels.js';
import type { User } from '../../types.js';
import { TemporaryPasswordModal } from './TemporaryPasswordModal.js';

export function UsersTable({ users, loading }: { users: User[]; loading: boolean }) {
  const me = useCurrentUser();
  const isPhone = useIsPhone();
  const [temporary, setTemporary] = useState<{ userName: string; password: string } | null>(null);

  const toggle = useWriteMutation({
    mutationFn: (u: User) => api.patch<User>(`/users/${u.id}`, { disabled: !u.disabled }),
    invalidates: [['users']],
    success: '已保存',
  });
  const reset = useWriteMutation({
    mutationFn: (u: User) =>
      api
        .post<{ temporaryPassword: string }>(`/users/${u.id}/reset-password`)
        .then((r) => ({ userName: u.displayName, password: r.temporaryPassword })),
    invalidates: [['users']],
    success: '密码已重置',
    onSuccess: setTemporary,
  });

  return (
    <>
      <Table<User>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={users}
        pagination={users.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: '暂无用户' }}
        columns={[
          { title: '用户名', dataIndex: 'username', responsive: ['sm'] },
          {
            title: '姓名',
            dataIndex: 'displayName',
            render: (name: string, u) => (
              <>
                {name}
                {/* On a phone the username and status columns are hidden; both go under the name. */}
                {isPhone && (
                  <div style={{ color: '#999', fontSize: 12 }}>
                    {u.username}
                    {u.disabled ? ' · 已停用' : ''}
                    {u.mustChangePassword ? ' · 待改密码' : ''}
                  </div>
                )}
              </>
            ),
          },
          { title: '角色', dataIndex: 'role', render: (r: User['role']) => roleLabels[r] ?? r },
          { title: '区域', dataIndex: 'regionName', responsive: ['md'] },
          {
            title: '状态',
            dataIndex: 'disabled',
            responsive: ['sm'],
            render: (disabled: boolean, u) => (
              <Space size={4} wrap>
                {disabled ? <Tag>已停用</Tag> : <Tag color="green">正常</Tag>}
                {u.mustChangePassword && <Tag color="orange">待改密码</Tag>}
              </Space>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            // One's own account is changed through 修改密码, never disabled by oneself.
            render: (_: unknown, u) =>
              u.id === me.id ? (
                <span style={{ color: '#999' }}>当前用户</span>
              ) : (
                <Space size={0} orientation={isPhone ? 'vertical' : 'horizontal'}>
                  <Popconfirm
                    title={`重置 ${u.displayName} 的密码？`}
                    description="将生成一个临时密码，原密码立即失效。"
                    okText="重置"
                    cancelText="取消"
                    onConfirm={() => reset.mutate(u)}
                  >
                    <Button type="link" size="small">
                      重置密码
                    </Button>
                  </Popconfirm>
                  <Popconfirm
                    title={u.disabled ? `启用 ${u.displayName}？` : `停用 ${u.displayName}？`}
                    description={u.disabled ? undefined : '停用后该用户无法登录。'}
                    okText={u.disabled ? '启用' : '停用'}
                    cancelText="取消"
                    onConfirm={() => toggle.mutate(u)}
                  >
                    <Button type="link" size="small" danger={!u.disabled}>
                      {u.disabled ? '启用' : '停用'}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      {temporary && (
        <TemporaryPasswordModal
          userName={temporary.userName}
          password={temporary.password}
          onClose={() => setTemporary(null)}
        />
      )}
    </>
  );
}
