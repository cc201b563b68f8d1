import { ClockCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Select, Skeleton, Space, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ComplaintDrawer } from '../../components/oversight/ComplaintDrawer.js';
import { LimitsModal, RegisterComplaintModal } from '../../components/oversight/ComplaintForms.js';
import {
  CHANNEL_LABELS,
  COMPLAINT_CATEGORY_IDS,
  COMPLAINT_CATEGORY_LABELS,
  type Complaint,
  type ComplaintCategory,
  type ComplaintStatus,
  STATUS_COLORS,
  STATUS_LABELS,
  timingText,
} from '../../components/oversight/model.js';
import { QueryError } from '../../components/QueryError.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useComplaints, useRiskLedger } from '../../hooks/useOversight.js';
import { useRegion } from '../../hooks/useRegion.js';
import { useRound } from '../../hooks/useRounds.js';
import { may } from '../../permissions.js';

/** 信访件: a township's or county's complaints, overdue ones in red with the days over, due soon in orange. */
export function ComplaintsPage() {
  const { roundId = '', code = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const region = useRegion(code);
  const round = useRound(roundId);
  const [status, setStatus] = useState<ComplaintStatus | undefined>();
  const [category, setCategory] = useState<ComplaintCategory | undefined>();
  const [village, setVillage] = useState<string | undefined>(search.get('village') ?? undefined);
  const [overdue, setOverdue] = useState(false);
  const [registering, setRegistering] = useState(false);
  const [limitsOpen, setLimitsOpen] = useState(false);
  const list = useComplaints(roundId, code, { status, category, village, overdue });
  // the villages of the area (names and townships) come with the ledger
  const ledger = useRiskLedger(roundId, code);
  const villages = ledger.data?.villages ?? [];
  const openId = search.get('open');
  const opened = useMemo(() => list.data?.items.find((c) => c.id === openId) ?? null, [list.data, openId]);
  const openCode = opened?.villageCode ?? search.get('openVillage');
  const setOpen = (c: Complaint | null) => {
    const next = new URLSearchParams(search);
    if (c) {
      next.set('open', c.id);
      next.set('openVillage', c.villageCode);
    } else {
      next.delete('open');
      next.delete('openVillage');
    }
    setSearch(next, { replace: true });
  };

  if (list.error) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
  const counts = list.data?.counts;
  const canHandle = may(user, 'oversight.handle');
  const manyTownships = code.length === 6;

  return (
    <>
      <Breadcrumb
        separator="›"
        items={[
          { title: <Link to="/rounds">换届</Link> },
          { title: <Link to={`/rounds/${roundId}`}>{round.data?.name ?? '本次换届'}</Link> },
          { title: '信访件' },
        ]}
      />
      <Typography.Title level={3} style={{ margin: '12px 0 4px' }}>
        {region.data?.name ?? code} · 信访件
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        申诉、信访、举报按类别计算办理时限；逾期未办结的自动上报县换届办并通知。
        {counts &&
          ` 共 ${counts.total} 件：待办理 ${counts.byStatus.open}、办理中 ${counts.byStatus.handling}、已答复 ${counts.byStatus.replied}、已办结 ${counts.byStatus.closed}；逾期 ${counts.overdue} 件，已上报 ${counts.escalated} 件。`}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<ComplaintStatus>
          allowClear
          placeholder="状态"
          aria-label="按状态筛选"
          style={{ width: 120 }}
          value={status}
          onChange={setStatus}
          options={Object.entries(STATUS_LABELS).map(([value, label]) => ({
            value: value as ComplaintStatus,
            label,
          }))}
        />
        <Select<ComplaintCategory>
          allowClear
          placeholder="类别"
          aria-label="按类别筛选"
          style={{ width: 150 }}
          value={category}
          onChange={setCategory}
          options={COMPLAINT_CATEGORY_IDS.map((c) => ({ value: c, label: COMPLAINT_CATEGORY_LABELS[c] }))}
        />
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="村（社区）"
          aria-label="按村筛选"
          style={{ width: 180 }}
          value={village}
          onChange={setVillage}
          options={villages.map((v) => ({
            value: v.code,
            label: manyTownships ? `${v.townshipName} ${v.name}` : v.name,
          }))}
        />
        <span>
          <Switch size="small" checked={overdue} onChange={setOverdue} aria-label="只看逾期" /> 只看逾期
        </span>
        {canHandle && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            登记信访件
          </Button>
        )}
        <Button icon={<ClockCircleOutlined />} onClick={() => setLimitsOpen(true)}>
          办理时限
        </Button>
      </Space>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        {!list.data ? (
          <Skeleton active style={{ padding: 16 }} />
        ) : (
          <Table<Complaint>
            size="small"
            rowKey="id"
            dataSource={list.data.items}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: isPhone ? 640 : undefined }}
            onRow={(c) => ({
              onClick: () => setOpen(c),
              style: {
                cursor: 'pointer',
                background:
                  c.timing.state === 'overdue'
                    ? '#fff1f0'
                    : c.timing.state === 'due-soon'
                      ? '#fff7e6'
                      : undefined,
              },
            })}
            locale={{ emptyText: '没有符合条件的信访件' }}
            columns={[
              { title: '编号', dataIndex: 'number', width: 96 },
              { title: '收到日期', dataIndex: 'receivedOn', width: 106, responsive: ['md'] },
              {
                title: '村（社区）',
                key: 'village',
                width: manyTownships ? 170 : 100,
                render: (_: unknown, c) =>
                  manyTownships ? `${c.townshipName} ${c.villageName}` : c.villageName,
              },
              {
                title: '类别',
                dataIndex: 'category',
                width: 110,
                render: (v: ComplaintCategory) => COMPLAINT_CATEGORY_LABELS[v],
              },
              {
                title: '信访人',
                key: 'who',
                width: 110,
                responsive: ['lg'],
                render: (_: unknown, c) => (
                  <>
                    {c.anonymous ? '匿名' : c.complainantName}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {' '}
                      {CHANNEL_LABELS[c.channel]}
                    </Typography.Text>
                  </>
                ),
              },
              { title: '反映问题', dataIndex: 'summary', ellipsis: true },
              {
                title: '承办人',
                dataIndex: 'handlerName',
                width: 120,
                responsive: ['lg'],
                render: (v: string | null) => v ?? <Typography.Text type="secondary">未交办</Typography.Text>,
              },
              {
                title: '状态',
                key: 'status',
                width: 150,
                render: (_: unknown, c) => (
                  <Space size={4} wrap>
                    <Tag color={STATUS_COLORS[c.status]}>{STATUS_LABELS[c.status]}</Tag>
                    {c.escalatedAt && <Tag color="purple">已上报</Tag>}
                  </Space>
                ),
              },
              {
                title: '办理时限',
                key: 'due',
                width: 130,
                render: (_: unknown, c) => {
                  const t = timingText(c);
                  return (
                    <div data-testid={`due-${c.number}`}>
                      <Tag color={t.color}>{t.text}</Tag>
                      <div style={{ fontSize: 12, color: '#8c8c8c' }}>{c.dueOn} 前</div>
                    </div>
                  );
                },
              },
            ]}
          />
        )}
      </Card>
      <ComplaintDrawer roundId={roundId} code={openCode} id={openId} onClose={() => setOpen(null)} />
      {registering && list.data && (
        <RegisterComplaintModal
          roundId={roundId}
          villages={villages}
          limits={list.data.limits}
          defaultVillage={village ?? (code.length === 12 ? code : undefined)}
          onClose={() => setRegistering(false)}
          onDone={(c) => {
            setRegistering(false);
            setOpen(c);
          }}
        />
      )}
      {limitsOpen && list.data && (
        <LimitsModal
          roundId={roundId}
          limits={list.data.limits}
          canEdit={may(user, 'complaint.limits')}
          onClose={() => setLimitsOpen(false)}
        />
      )}
    </>
  );
}
