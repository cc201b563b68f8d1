import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Typography } from 'antd';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { useIsPhone } from '../hooks/useIsPhone.js';
import { NavMenu } from './NavMenu.js';
import { NotificationBell } from './oversight/NotificationBell.js';
import { RegionTree } from './RegionTree.js';
import { UserMenu } from './UserMenu.js';

const HEADER_HEIGHT = 56;

function SiderContent({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <>
      <NavMenu onNavigate={onNavigate} />
      <div style={{ padding: '12px 12px 4px', borderTop: '1px solid #f0f0f0' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          行政区划
        </Typography.Text>
      </div>
      <div style={{ padding: '0 8px 16px' }}>
        <RegionTree onNavigate={onNavigate} />
      </div>
    </>
  );
}

export function AppLayout() {
  const isPhone = useIsPhone();
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          height: HEADER_HEIGHT,
          lineHeight: `${HEADER_HEIGHT}px`,
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          padding: isPhone ? '0 12px' : '0 24px',
          background: '#a61d24',
        }}
      >
        {isPhone && (
          <Button
            type="text"
            aria-label="打开导航"
            icon={<MenuOutlined style={{ color: '#fff', fontSize: 18 }} />}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <span style={{ color: '#fff', fontSize: 20, fontWeight: 600, whiteSpace: 'nowrap' }}>换届通</span>
        {!isPhone && (
          <span style={{ color: 'rgba(255,255,255,0.75)', whiteSpace: 'nowrap' }}>
            村（社区）换届选举工作平台
          </span>
        )}
        <div style={{ flex: 1 }} />
        <NotificationBell compact={isPhone} />
        <UserMenu compact={isPhone} />
      </Layout.Header>
      <Layout>
        {!isPhone && (
          <Layout.Sider
            width={240}
            theme="light"
            style={{
              position: 'sticky',
              top: HEADER_HEIGHT,
              height: `calc(100vh - ${HEADER_HEIGHT}px)`,
              overflow: 'auto',
              borderInlineEnd: '1px solid #f0f0f0',
            }}
          >
            <SiderContent />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: isPhone ? 12 : 24, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
      {isPhone && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title="换届通"
          size={280}
          styles={{ body: { padding: 0 } }}
        >
          <SiderContent onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
