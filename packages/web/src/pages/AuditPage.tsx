import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Select, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { api } from '../api.js';
import { AuditDiff } from '../components/audit/AuditDiff.js';
import { QueryError } from '../components/QueryError.js';
import { RegionTreeSelect } from '../components/RegionTreeSelect.js';
import { useIsPhone } from '../hooks/useIsPhone.js';
import { useCurrentUser } from '../hooks/useMe.js';
import { auditActionChoices, auditActionLabel, entityLabel } from '../labels.js';
import { queryKeys } from '../queryKeys.js';
import type { AuditEntry, Page } from '../types.js';

const PAGE_SIZE = 20;

export function AuditPage() {
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const [regionCode, setRegionCode] = useState(user.regionCode);
  const [page, setPage] = useState(1);
  // Chosen by label; each label stands for one or more actions.
  const [chosen, setChosen] = useState<string[]>([]);
  const choices = useMemo(() => auditActionChoices(), []);
  const action = choices
    .filter((c) => chosen.includes(c.label))
    .flatMap((c) => c.actions)
    .join(',');
  const audit = useQuery({
    queryKey: [...queryKeys.audit(regionCode, page, PAGE_SIZE), action],
    queryFn: () =>
      api.get<Page<AuditEntry>>('/audit', {
        region: regionCode,
        page,
        pageSize: PAGE_SIZE,
        ...(action && { action }),
      }),
    // Keep the old page on screen while the next one loads, so the table does not jump.
    placeholderData: (previous) => previous,
  });

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          审计日志
        </Typography.Title>
        <Flex wrap vertical={isPhone} gap={8} style={isPhone ? { width: '100%' } : undefined}>
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label="操作类型"
            placeholder="全部操作"
            value={chosen}
            onChange={(labels: string[]) => {
              setChosen(labels);
              setPage(1);
            }}
            options={choices.map((c) => ({ value: c.label, label: c.label }))}
            maxTagCount="responsive"
            style={{ width: isPhone ? '100%' : 280 }}
          />
          <RegionTreeSelect
            value={regionCode}
            onChange={(code) => {
              setRegionCode(code || user.regionCode);
              setPage(1);
            }}
            style={isPhone ? { width: '100%' } : undefined}
          />
        </Flex>
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
              {
                title: '操作',
                dataIndex: 'action',
                // on a phone the ids beside it would squeeze the label to one character a line
                width: isPhone ? 84 : undefined,
                render: (a: string) => auditActionLabel(a),
              },
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
