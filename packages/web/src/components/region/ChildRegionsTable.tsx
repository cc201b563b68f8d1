import { Table } from 'antd';
import { Link } from 'react-router';
import { useRegionChildren } from '../../hooks/useRegion.js';
import { levelLabels, regionStatusLabels, tagOf } from '../../labels.js';
import type { RegionChild } from '../../types.js';
import { QueryError } from '../QueryError.js';
import { StatusTag } from '../StatusTag.js';

/** For a province or city, whose villages are too many to list: the next level down. */
export function ChildRegionsTable({ code }: { code: string }) {
  const children = useRegionChildren(code);
  if (children.error) return <QueryError error={children.error} onRetry={() => children.refetch()} />;
  return (
    <Table<RegionChild>
      rowKey="code"
      size="middle"
      loading={children.isPending}
      dataSource={children.data?.items ?? []}
      pagination={false}
      columns={[
        { title: '区划代码', dataIndex: 'code', responsive: ['md'] },
        {
          title: '名称',
          dataIndex: 'name',
          render: (name: string, r) => <Link to={`/regions/${r.code}`}>{name}</Link>,
        },
        {
          title: '层级',
          dataIndex: 'level',
          render: (level: RegionChild['level']) => levelLabels[level] ?? level,
        },
        {
          title: '状态',
          dataIndex: 'status',
          render: (s: string) => <StatusTag tag={tagOf(regionStatusLabels, s)} />,
        },
      ]}
    />
  );
}
