import type { TableColumnsType } from 'antd';
import { Table } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import {
  labelOf,
  regionStatusLabels,
  tagOf,
  villageKindLabels,
  villageRoundStatusLabels,
} from '../../labels.js';
import type { VillageRow } from '../../types.js';
import { ElectionTags } from '../ElectionTags.js';
import { StatusTag } from '../StatusTag.js';

interface Props {
  villages: VillageRow[];
  loading: boolean;
  /** A county lists villages of many townships; a township's own page need not repeat its name. */
  showTownship: boolean;
  actions?: (village: VillageRow) => ReactNode;
}

function villageStatus(v: VillageRow) {
  // A merged or split village no longer holds elections: its region status says more than the round's.
  if (v.status !== 'active') return tagOf(regionStatusLabels, v.status);
  return tagOf(villageRoundStatusLabels, v.roundStatus);
}

export function VillagesTable({ villages, loading, showTownship, actions }: Props) {
  const columns: TableColumnsType<VillageRow> = [
    { title: '区划代码', dataIndex: 'code', responsive: ['md'], className: 'nowrap' },
    {
      title: '名称',
      dataIndex: 'name',
      className: 'nowrap',
      render: (name: string, v) => <Link to={`/regions/${v.code}`}>{name}</Link>,
    },
    {
      title: '类型',
      dataIndex: 'kind',
      responsive: ['md'],
      className: 'nowrap',
      render: (k: string) => labelOf(villageKindLabels, k),
    },
    ...(showTownship
      ? [{ title: '乡镇', dataIndex: 'townshipName', responsive: ['lg' as const], className: 'nowrap' }]
      : []),
    {
      title: '选举日',
      dataIndex: 'electionDay',
      className: 'nowrap',
      render: (d: string | null) => d ?? '未定',
    },
    {
      title: '状态',
      key: 'status',
      className: 'nowrap',
      render: (_: unknown, v) => <StatusTag tag={villageStatus(v)} />,
    },
    {
      title: '选举（按顺序）',
      dataIndex: 'elections',
      responsive: ['md'],
      render: (_: unknown, v) => <ElectionTags elections={v.elections} />,
    },
  ];
  if (actions)
    columns.push({
      title: '操作',
      key: 'actions',
      className: 'nowrap',
      render: (_: unknown, v) => actions(v),
    });

  return (
    <Table<VillageRow>
      rowKey="code"
      size="middle"
      loading={loading}
      dataSource={villages}
      columns={columns}
      pagination={villages.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: '该区域下暂无村（社区）' }}
    />
  );
}
