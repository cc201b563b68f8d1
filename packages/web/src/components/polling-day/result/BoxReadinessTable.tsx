// Each box of the vote and whether the result can use it yet.
import { Table, Tag } from 'antd';
import type { BoxReadiness } from './model.js';

export function BoxReadinessTable({ boxes }: { boxes: BoxReadiness[] }) {
  return (
    <Table<BoxReadiness>
      size="small"
      rowKey="placeId"
      pagination={false}
      dataSource={boxes}
      columns={[
        { title: '票箱', dataIndex: 'name' },
        { title: '发出选票', dataIndex: 'issued', align: 'right', width: 96 },
        {
          title: '计票',
          key: 'state',
          render: (_: unknown, b) =>
            b.counts ? (
              <Tag color="success">已完成</Tag>
            ) : !b.required ? (
              <Tag>无选票</Tag>
            ) : (
              <Tag color="warning">{b.waiting ?? '尚未完成'}</Tag>
            ),
        },
      ]}
    />
  );
}
