// The statistics page's charts, each drawn from the same table (core `chartTable`) its 导出Excel
// button downloads, so what is exported is exactly what is shown.

import { DownloadOutlined } from '@ant-design/icons';
import {
  type AreaStatistics,
  CHART_TITLES,
  type ChartId,
  type ChartTable,
  COMMITTEE_BODY_LABEL,
  chartTable,
  PARTY_BODY_LABEL,
  TWO_COMMITTEES_LABEL,
} from '@huanjie/core';
import { Button, Card } from 'antd';
import { type ChartOption, EChart } from './EChart.js';

const PALETTE = ['#1677ff', '#eb2f96', '#52c41a', '#fa8c16', '#722ed1', '#13c2c2', '#faad14', '#8c8c8c'];
const num = (c: string | number | undefined) => (typeof c === 'number' ? c : 0);

function bars(
  categories: string[],
  series: { name: string; data: number[]; stack?: string }[],
  horizontal = false,
): ChartOption {
  const cat = { type: 'category', data: categories, axisLabel: { interval: 0 } };
  const val = { type: 'value', minInterval: 1 };
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: horizontal ? val : cat,
    yAxis: horizontal ? { ...cat, inverse: true } : val,
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.data,
      stack: s.stack,
      barMaxWidth: 36,
      label: {
        show: true,
        position: s.stack ? 'inside' : horizontal ? 'right' : 'top',
        formatter: (p: { value: number }) => (p.value ? String(p.value) : ''),
      },
    })),
  };
}

function officeSexOption(t: ChartTable): ChartOption {
  const rows = t.rows.filter((r) => r[1] !== '小计' && r[1] !== '合计' && num(r[4]) > 0);
  const short = (body: string) => (body === PARTY_BODY_LABEL ? '党组织' : '村（居）委');
  return bars(
    rows.map((r) => `${short(String(r[0]))}${r[1]}`),
    [
      { name: '男', data: rows.map((r) => num(r[2])), stack: 'sex' },
      { name: '女', data: rows.map((r) => num(r[3])), stack: 'sex' },
    ],
    true,
  );
}

function teamsOption(t: ChartTable, skip: (label: string) => boolean): ChartOption {
  const rows = t.rows.filter((r) => !skip(String(r[0])));
  return bars(
    rows.map((r) => String(r[0])),
    [
      { name: PARTY_BODY_LABEL, data: rows.map((r) => num(r[3])) },
      { name: COMMITTEE_BODY_LABEL, data: rows.map((r) => num(r[4])) },
      { name: TWO_COMMITTEES_LABEL, data: rows.map((r) => num(r[1])) },
    ],
  );
}

function incumbencyOption(t: ChartTable): ChartOption {
  return bars(
    t.rows.map((r) => String(r[0])),
    [
      { name: '连选连任', data: t.rows.map((r) => num(r[1])), stack: 'x' },
      { name: '新当选', data: t.rows.map((r) => num(r[2])), stack: 'x' },
      { name: '无上届数据', data: t.rows.map((r) => num(r[3])), stack: 'x' },
    ],
    true,
  );
}

function ethnicityOption(t: ChartTable): ChartOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}：{c} 人（{d}%）' },
    legend: { top: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        top: 24,
        data: t.rows.map((r) => ({ name: String(r[0]), value: num(r[1]) })),
        label: { formatter: '{b} {c}人' },
      },
    ],
  };
}

export function chartOption(t: ChartTable): ChartOption {
  switch (t.id) {
    case 'office-sex':
      return officeSexOption(t);
    case 'age':
      return teamsOption(t, (l) => l === '合计' || l === '平均年龄');
    case 'education':
      return teamsOption(t, (l) => l.startsWith('其中'));
    case 'incumbency':
      return incumbencyOption(t);
    case 'ethnicity':
      return ethnicityOption(t);
    case 'children': {
      // the turnout of each township or village ('87.04%' in the table; drawn as a number)
      const rows = t.rows.slice(0, -1);
      const turnout = rows.map((r) => Number.parseFloat(String(r[7])) || 0);
      const option = bars(
        rows.map((r) => String(r[0])),
        [{ name: '参选率（%）', data: turnout }],
      ) as Record<string, unknown>;
      return {
        ...option,
        xAxis: {
          type: 'category',
          data: rows.map((r) => String(r[0])),
          axisLabel: { interval: 0, rotate: rows.length > 8 ? 45 : 0 },
        },
        yAxis: {
          type: 'value',
          min: (v: { min: number }) => Math.max(0, Math.floor(v.min / 10) * 10 - 10),
          max: 100,
        },
        series: [
          {
            type: 'bar',
            name: '参选率（%）',
            data: turnout,
            barMaxWidth: 28,
            label: { show: rows.length <= 12, position: 'top', formatter: '{c}%' },
          },
        ],
      };
    }
  }
}

export function ChartCard({
  id,
  area,
  below,
  exportHref,
  extra,
  title,
}: {
  /** a title other than the table's */
  title?: string;
  id: ChartId;
  area: AreaStatistics;
  /** the townships or villages below the area (the children table's rows) */
  below: readonly AreaStatistics[];
  exportHref: string;
  extra?: React.ReactNode;
}) {
  const table = chartTable({ area, children: below }, id);
  const empty = id === 'children' ? below.length === 0 : area.twoCommittees.people === 0;
  return (
    <Card
      size="small"
      title={title ?? CHART_TITLES[id]}
      data-chart={id}
      extra={
        <>
          {extra}
          <Button size="small" icon={<DownloadOutlined />} href={exportHref} download>
            导出Excel
          </Button>
        </>
      }
    >
      {empty ? (
        <div style={{ height: 260, display: 'grid', placeItems: 'center', color: '#999' }}>
          暂无任职人员数据
        </div>
      ) : (
        <EChart
          option={chartOption(table)}
          label={CHART_TITLES[id]}
          height={id === 'office-sex' ? 320 : 260}
        />
      )}
    </Card>
  );
}
