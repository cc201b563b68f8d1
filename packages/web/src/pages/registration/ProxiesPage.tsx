import { FileTextOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Alert, Button, Card, Flex, Popconfirm, Segmented, Space, Table } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api.js';
import { QueryError } from '../../components/QueryError.js';
import { ApplyProxyModal } from '../../components/registration/ApplyProxyModal.js';
import {
  canDecide,
  canRegister,
  type ProxyApplication,
  proxyCertificatesPdf,
  proxyListPdf,
  proxyReasonLabels,
  proxyStatusLabels,
  relationLabels,
  villageApi,
} from '../../components/registration/model.js';
import { ProblemList } from '../../components/registration/ProblemList.js';
import { RefuseProxyModal } from '../../components/registration/RefuseProxyModal.js';
import { StatusTag } from '../../components/StatusTag.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useProxies } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';

export function ProxiesPage() {
  const { roundId = '', code = '' } = useParams();
  const ref = { roundId, code };
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const [status, setStatus] = useState<string>('');
  const proxies = useProxies(ref, status || undefined);
  const [applying, setApplying] = useState(false);
  const [checked, setChecked] = useState<ProxyApplication | null>(null);
  const [refusing, setRefusing] = useState<ProxyApplication | null>(null);
  const decide = canDecide(user);
  const items = proxies.data?.items ?? [];
  // The answer to an application has no names; the refreshed list has them.
  const result = checked ? (items.find((p) => p.id === checked.id) ?? checked) : null;
  const who = result?.principalName ? `${result.principalName} 委托 ${result.trusteeName}` : '本申请';

  const approve = useWriteMutation({
    mutationFn: (p: ProxyApplication) =>
      api.post<ProxyApplication>(`${villageApi(roundId, code)}/proxies/${p.id}/approve`, {}),
    invalidates: [['registration']],
    success: '已批准',
  });

  const columns: TableColumnsType<ProxyApplication> = [
    {
      title: '委托人',
      dataIndex: 'principalName',
      className: 'nowrap',
      render: (n: string, p) => (
        <>
          {n}
          <div style={{ color: '#8c8c8c', fontSize: 12 }}>{p.principalGroup}</div>
        </>
      ),
    },
    {
      title: '受委托人',
      dataIndex: 'trusteeName',
      className: 'nowrap',
      render: (n: string, p) => (
        <>
          {n}
          <div style={{ color: '#8c8c8c', fontSize: 12 }}>
            {relationLabels[p.relation] ?? p.relation}
            {isPhone ? '' : ` · ${p.trusteeGroup}`}
          </div>
        </>
      ),
    },
    {
      title: '事由',
      dataIndex: 'reason',
      responsive: ['md'],
      render: (r: string) => proxyReasonLabels[r] ?? r,
    },
    { title: '申请日期', dataIndex: 'appliedOn', className: 'nowrap', responsive: ['md'] },
    {
      title: '状态',
      dataIndex: 'status',
      render: (s: string, p) => (
        <>
          <StatusTag tag={proxyStatusLabels[s] ?? { text: s, color: 'default' }} />
          {p.problems.map((x) => (
            <div
              key={x.rule + x.reason}
              style={{ color: s === 'approved' ? '#8c8c8c' : '#cf1322', fontSize: 12, maxWidth: 320 }}
            >
              {x.reason}
              {x.rule ? `（${x.rule}）` : ''}
            </div>
          ))}
        </>
      ),
    },
  ];
  if (decide) {
    columns.push({
      title: '审核',
      key: 'actions',
      render: (_: unknown, p) =>
        p.status === 'pending' ? (
          <Space size={0} orientation={isPhone ? 'vertical' : 'horizontal'}>
            <Popconfirm
              title={`批准 ${p.principalName} 委托 ${p.trusteeName} 投票？`}
              okText="批准"
              cancelText="取消"
              onConfirm={() => approve.mutate(p)}
              disabled={p.problems.length > 0}
            >
              <Button type="link" size="small" disabled={p.problems.length > 0}>
                批准
              </Button>
            </Popconfirm>
            <Button type="link" size="small" danger onClick={() => setRefusing(p)}>
              不予批准
            </Button>
          </Space>
        ) : (
          <span style={{ color: '#8c8c8c', fontSize: 12 }}>{p.decidedOn}</span>
        ),
    });
  }

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Segmented
          value={status}
          onChange={(v) => setStatus(String(v))}
          options={[
            { value: '', label: '全部' },
            { value: 'pending', label: '待审核' },
            { value: 'approved', label: '已批准' },
            { value: 'refused', label: '不予批准' },
          ]}
        />
        <Space wrap>
          {canRegister(user) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setApplying(true)}>
              申请委托投票
            </Button>
          )}
          <Button icon={<FileTextOutlined />} href={proxyListPdf(roundId, code)} target="_blank">
            打印委托投票公告
          </Button>
          {decide && (
            <Button icon={<PrinterOutlined />} href={proxyCertificatesPdf(roundId, code)} target="_blank">
              打印委托投票证
            </Button>
          )}
        </Space>
      </Flex>
      {result && (
        <div style={{ marginBottom: 12 }}>
          {result.problems.length > 0 ? (
            <ProblemList title={`${who}：审查未通过，不能批准`} problems={result.problems} />
          ) : (
            <Alert type="success" showIcon title={`${who}：审查通过，可以批准`} />
          )}
        </div>
      )}
      {proxies.error ? (
        <QueryError error={proxies.error} onRetry={() => proxies.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<ProxyApplication>
            rowKey="id"
            size="middle"
            loading={proxies.isPending}
            dataSource={items}
            columns={columns}
            pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            locale={{ emptyText: '暂无委托投票申请' }}
          />
        </Card>
      )}
      {applying && (
        <ApplyProxyModal village={ref} onClose={() => setApplying(false)} onApplied={setChecked} />
      )}
      {refusing && <RefuseProxyModal village={ref} proxy={refusing} onClose={() => setRefusing(null)} />}
    </>
  );
}
