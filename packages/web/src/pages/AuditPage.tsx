import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../api.js';
import { AuditDiff } from '../components/audit/AuditDiff.js';
import { QueryError } from '../components/QueryError.js';
import { RegionTreeSelect } from '../components/RegionTreeSelect.js';
import { useIsPhone } from '../hooks/useIsPhone.js';
import { useCurrentUser } from '../hooks/useMe.js';
import { auditActionLabel, entityLabel } from '../labels.js';
import { queryKeys } from '../queryKeys.js';
import type { AuditEntry, Page } from '../types.js';

const PAGE_SIZE = 20;

export function AuditPage() {
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const [regionCode, setRegionCode] = useState(user.regionCode);
  const [page, setPage] = useState(1);
  const audit = useQuery({
    queryKey: queryKeys.audit(regionCode, page, PAGE_SIZE),
    queryFn: () => api.get<Page<AuditEntry>>('/audit', { region: regionCode, page, pageSize: PAGE_SIZE }),
    // Keep the old page on screen while the next one loads, so the table does not jump.
    placeholderData: (previous) => previous,
  });

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          审计日志
        </Typography.Title>
        <RegionTreeSelect
          value={regionCode}
          onChange={(code) => {
            setRegionCode(code || user.regionCode);
            setPage(1);
          }}
        />
      </Flex>
      {audit.error ? (
        <QueryError error={audit.error} onRetry={() => audit.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<AuditEntry>
            rowKey={(e) => `${e.countyCode}-${e.seq}`}
            size="middle"
            loading={audit.isFetching}
            dataSource={audit.data?.items ?? []}
            locale={{ emptyText: '暂无记录' }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: audit.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => `共 ${total} 条`,
              onChange: setPage,
            }}
            expandable={{
              expandedRowRender: (e) => (
                <>
                  {isPhone && (
                    <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                      {e.actorName} · 区域 {e.regionCode} · 序号 {e.seq}
                    </Typography.Paragraph>
                  )}
                  <AuditDiff before={e.before} after={e.after} />
                </>
              ),
            }}
            columns={[
              {
                title: '时间',
                dataIndex: 'at',
                className: 'nowrap',
                render: (at: string) => dayjs(at).format(isPhone ? 'MM-DD HH:mm' : 'YYYY-MM-DD HH:mm:ss'),
              },
              { title: '操作人', dataIndex: 'actorName', responsive: ['sm'] },
              { title: '操作', dataIndex: 'action', render: (a: string) => auditActionLabel(a) },
              {
                title: '对象',
                key: 'entity',
                render: (_: unknown, e) => `${entityLabel(e.entity)} ${e.entityId}`,
              },
              { title: '区域', dataIndex: 'regionCode', responsive: ['md'] },
              { title: '序号', dataIndex: 'seq', responsive: ['lg'] },
            ]}
          />
        </Card>
      )}
    </>
  );
}
