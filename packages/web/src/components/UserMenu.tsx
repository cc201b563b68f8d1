import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useLogout } from '../hooks/useLogout.js';
import { useCurrentUser } from '../hooks/useMe.js';
import { roleLabels } from '../labels.js';

const onRed = { color: '#fff' };

/** Who is logged in, and the two account actions. On a phone it folds into one dropdown. */
export function UserMenu({ compact }: { compact: boolean }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();
  const who = `${user.displayName} · ${roleLabels[user.role] ?? user.role} · ${user.regionName}`;

  if (compact) {
    return (
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'who', label: who, disabled: true },
            { type: 'divider' },
            { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
            { key: 'logout', icon: <LogoutOutlined />, label: '退出登录' },
          ],
          onClick: ({ key }) => {
            if (key === 'password') navigate('/password');
            if (key === 'logout') logout.mutate();
          },
        }}
      >
        <Button type="text" aria-label="账户" icon={<UserOutlined style={{ ...onRed, fontSize: 18 }} />} />
      </Dropdown>
    );
  }

  return (
    <Space size={4} style={{ lineHeight: 'normal' }}>
      <span style={{ ...onRed, marginInlineEnd: 8, whiteSpace: 'nowrap' }} data-testid="current-user">
        <UserOutlined /> {who}
      </span>
      <Button type="text" style={onRed} icon={<KeyOutlined />} onClick={() => navigate('/password')}>
        修改密码
      </Button>
      <Button
        type="text"
        style={onRed}
        icon={<LogoutOutlined />}
        loading={logout.isPending}
        onClick={() => logout.mutate()}
      >
        退出登录
      </Button>
    </Space>
  );
}
