import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  FileWordOutlined,
  MessageOutlined,
  PlusOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Breadcrumb, Button, Card, Descriptions, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryError } from '../components/QueryError.js';
import { IncludeVillageModal } from '../components/rounds/IncludeVillageModal.js';
import { PostponeModal } from '../components/rounds/PostponeModal.js';
import { RoundVillagesTable } from '../components/rounds/RoundVillagesTable.js';
import { StatusTag } from '../components/StatusTag.js';
import { useIsPhone } from '../hooks/useIsPhone.js';
import { useCurrentUser } from '../hooks/useMe.js';
import { useRound } from '../hooks/useRounds.js';
import { roundStatusLabel } from '../labels.js';
import { canManageRounds, may } from '../permissions.js';
import type { RoundVillage } from '../types.js';

export function RoundPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const round = useRound(id);
  const [postponing, setPostponing] = useState<RoundVillage | null>(null);
  const [including, setIncluding] = useState(false);

  if (round.error) return <QueryError error={round.error} onRetry={() => round.refetch()} />;
  if (!round.data) return <Skeleton active />;
  const r = round.data;
  const canEdit = canManageRounds(user);
  // the overviews open on the user's own area when it lies inside the round's
  const area = user.regionCode.startsWith(r.regionCode) ? user.regionCode : r.regionCode;

  return (
    <>
      <Breadcrumb separator="›" items={[{ title: <Link to="/rounds">换届</Link> }, { title: r.name }]} />
      <Typography.Title level={3} style={{ margin: '12px 0 16px' }}>
        {r.name}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={isPhone ? 1 : 3} size="small">
          <Descriptions.Item label="区域">
            <Link to={`/regions/${r.regionCode}`}>{r.regionName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label="选举办法">{r.rulesetTitle}</Descriptions.Item>
          <Descriptions.Item label="状态">
            <StatusTag tag={roundStatusLabel(r.status)} />
          </Descriptions.Item>
          <Descriptions.Item label="参选村（社区）">{r.villages.length}</Descriptions.Item>
          <Descriptions.Item label="创建时间">
            {dayjs(r.createdAt).format('YYYY-MM-DD HH:mm')}
          </Descriptions.Item>
        </Descriptions>
        <Space wrap style={{ marginTop: 8 }}>
          <Link to={`/rounds/${id}/areas/${area}/calendar`}>
            <Button icon={<ScheduleOutlined />}>日程总览</Button>
          </Link>
          <Link to={`/rounds/${id}/areas/${area}/seat-plans`}>
            <Button icon={<AuditOutlined />}>职数方案</Button>
          </Link>
          <Link to={`/rounds/${id}/areas/${area}/review`}>
            <Button icon={<SafetyCertificateOutlined />}>联审进度</Button>
          </Link>
          <Link to={`/rounds/${id}/areas/${area}/results`}>
            <Button icon={<TrophyOutlined />}>选举结果</Button>
          </Link>
          {user.role !== 'village' && user.role !== 'clerk' && (
            <Link to={`/rounds/${id}/areas/${area}/progress`}>
              <Button icon={<DashboardOutlined />}>换届进度</Button>
            </Link>
          )}
          {user.role !== 'village' && user.role !== 'clerk' && (
            <Link to={`/rounds/${id}/areas/${area}/statistics`}>
              <Button icon={<BarChartOutlined />}>统计分析</Button>
            </Link>
          )}
          {user.role !== 'village' && user.role !== 'clerk' && (
            <Link to={`/rounds/${id}/areas/${area}/risk`}>
              <Button icon={<AlertOutlined />}>风险台账</Button>
            </Link>
          )}
          {user.role !== 'village' && user.role !== 'clerk' && (
            <Link to={`/rounds/${id}/areas/${area}/complaints`}>
              <Button icon={<MessageOutlined />}>信访件</Button>
            </Link>
          )}
          {user.role !== 'village' && user.role !== 'clerk' && (
            <Link to={`/rounds/${id}/areas/${area}/work-records`}>
              <Button icon={<ProfileOutlined />}>工作记录</Button>
            </Link>
          )}
          {user.role !== 'village' && user.role !== 'clerk' && (
            <Link to={`/rounds/${id}/areas/${area}/summary`}>
              <Button icon={<FileWordOutlined />}>工作总结</Button>
            </Link>
          )}
          {may(user, 'review.manage') && (
            <Link to={`/rounds/${id}/review-settings`}>
              <Button icon={<SettingOutlined />}>联审设置</Button>
            </Link>
          )}
        </Space>
      </Card>
      <Card
        title="参选村（社区）"
        size="small"
        styles={{ body: { padding: 0 } }}
        extra={
          canEdit && (
            <Button icon={<PlusOutlined />} onClick={() => setIncluding(true)}>
              加入村
            </Button>
          )
        }
      >
        <RoundVillagesTable roundId={id} villages={r.villages} canEdit={canEdit} onPostpone={setPostponing} />
      </Card>
      {postponing && <PostponeModal roundId={id} village={postponing} onClose={() => setPostponing(null)} />}
      {including && <IncludeVillageModal round={r} onClose={() => setIncluding(false)} />}
    </>
  );
}
