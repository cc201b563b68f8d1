import { AuditOutlined, CalendarOutlined, ClusterOutlined, TeamOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../hooks/useMe.js';
import { canManageUsers, canViewAudit } from '../permissions.js';

type MenuItem = Required<MenuProps>['items'][number];

function selectedKey(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return first === 'regions' ? 'regions' : first;
}

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const items: MenuItem[] = [
    { key: 'regions', icon: <ClusterOutlined />, label: '区域' },
    { key: 'rounds', icon: <CalendarOutlined />, label: '换届' },
  ];
  if (canManageUsers(user)) items.push({ key: 'users', icon: <TeamOutlined />, label: '用户管理' });
  if (canViewAudit(user)) items.push({ key: 'audit', icon: <AuditOutlined />, label: '审计日志' });

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selectedKey(pathname)]}
      style={{ borderInlineEnd: 'none' }}
      onClick={({ key }) => {
        navigate(key === 'regions' ? `/regions/${user.regionCode}` : `/${key}`);
        onNavigate?.();
      }}
    />
  );
}
