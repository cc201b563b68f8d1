import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Calendar, Flex, Popover, Segmented, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  type ScheduleStep,
  schedulePage,
  shortTitle,
  stateColors,
  stateLabels,
  type VillageSchedule,
} from './model.js';
import './schedule.css';

interface Entry {
  village: VillageSchedule;
  /** null: the village's election day */
  step: ScheduleStep | null;
}

/** Severity for the order inside a day: what needs action first. */
const RANK: Record<string, number> = {
  late: 0,
  'due-soon': 1,
  'done-late': 2,
  upcoming: 3,
  lapsed: 4,
  open: 5,
  done: 6,
  'not-needed': 7,
  closed: 8,
};

const MAX_PER_DAY = 4;

function byDay(villages: readonly VillageSchedule[]): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  const add = (day: string, e: Entry) => map.set(day, [...(map.get(day) ?? []), e]);
  for (const v of villages) {
    if (v.electionDay) add(v.electionDay, { village: v, step: null });
    for (const s of v.steps) if (s.due) add(s.due, { village: v, step: s });
  }
  for (const list of map.values()) {
    list.sort(
      (a, b) =>
        (a.step ? (RANK[a.step.state] ?? 9) : -1) - (b.step ? (RANK[b.step.state] ?? 9) : -1) ||
        a.village.code.localeCompare(b.village.code),
    );
  }
  return map;
}

function EntryLine({ roundId, e }: { roundId: string; e: Entry }) {
  const navigate = useNavigate();
  const open = () => navigate(schedulePage(roundId, e.village.code));
  if (!e.step) {
    return (
      <button type="button" className="schedule-entry schedule-entry-election" onClick={open}>
        ★ {e.village.name} 选举日
      </button>
    );
  }
  const s = e.step;
  const label = stateLabels[s.state];
  return (
    <Popover
      title={`${e.village.name} · ${s.title}`}
      content={
        <div style={{ maxWidth: 320, fontSize: 13 }}>
          <Tag color={label.color}>{label.text}</Tag>
          <div style={{ marginTop: 6 }}>{s.reason}</div>
          {s.record && (
            <div style={{ marginTop: 6, color: '#8c8c8c' }}>
              {s.record.doneOn} · {s.record.doneByName}
            </div>
          )}
        </div>
      }
    >
      <button
        type="button"
        className="schedule-entry"
        onClick={open}
        data-entry={`${e.village.code}/${s.id}`}
        style={{ textDecoration: s.state === 'closed' ? 'line-through' : undefined }}
      >
        <span className="schedule-dot" style={{ background: stateColors[s.state] }} />
        {e.village.name} {shortTitle(s)}
      </button>
    </Popover>
  );
}

/** A month of every village's steps: each day lists its due steps per village, late ones first. */
export function AreaCalendar({
  roundId,
  villages,
  today,
}: {
  roundId: string;
  villages: readonly VillageSchedule[];
  today: string;
}) {
  const entries = useMemo(() => byDay(villages), [villages]);
  const [value, setValue] = useState<Dayjs>(() => dayjs(today));
  const [mode, setMode] = useState<'month' | 'year'>('month');
  const [expanded, setExpanded] = useState<string | null>(null);
  return (
    <Calendar
      className="schedule-calendar"
      value={value}
      mode={mode}
      onPanelChange={(d, m) => {
        setValue(d);
        setMode(m);
      }}
      headerRender={({ value: shown, type, onChange, onTypeChange }) => {
        const unit = type === 'year' ? 'year' : 'month';
        const go = (d: Dayjs) => {
          setValue(d);
          onChange(d);
        };
        return (
          <Flex justify="space-between" align="center" wrap gap={8} style={{ padding: '8px 4px' }}>
            <Space>
              <Button
                size="small"
                icon={<LeftOutlined />}
                aria-label={unit === 'year' ? '上一年' : '上月'}
                onClick={() => go(shown.subtract(1, unit))}
              />
              <Button size="small" onClick={() => go(dayjs(today))}>
                今天
              </Button>
              <Button
                size="small"
                icon={<RightOutlined />}
                aria-label={unit === 'year' ? '下一年' : '下月'}
                onClick={() => go(shown.add(1, unit))}
              />
              <Typography.Text strong style={{ fontSize: 16 }} data-testid="calendar-month">
                {shown.format(unit === 'year' ? 'YYYY年' : 'YYYY年M月')}
              </Typography.Text>
            </Space>
            <Segmented
              size="small"
              value={type}
              onChange={(t) => onTypeChange(t as 'month' | 'year')}
              options={[
                { value: 'month', label: '月' },
                { value: 'year', label: '年' },
              ]}
            />
          </Flex>
        );
      }}
      onSelect={(d, info) => {
        if (info.source === 'date') return;
        setValue(d);
        // a month picked in the year view opens that month
        if (info.source === 'month') setMode('month');
      }}
      cellRender={(date, info) => {
        if (info.type === 'month') {
          const month = date.format('YYYY-MM');
          let n = 0;
          for (const [day, list] of entries)
            if (day.startsWith(month)) n += list.filter((e) => e.step?.state === 'late').length;
          return n > 0 ? <Tag color="error">{n} 项逾期</Tag> : null;
        }
        if (info.type !== 'date') return info.originNode;
        const day = date.format('YYYY-MM-DD');
        const list = entries.get(day) ?? [];
        const all = expanded === day;
        const shown = all ? list : list.slice(0, MAX_PER_DAY);
        return (
          <div className="schedule-day">
            {shown.map((e) => (
              <EntryLine key={`${e.village.code}/${e.step?.id ?? 'e'}`} roundId={roundId} e={e} />
            ))}
            {list.length > MAX_PER_DAY && (
              <button
                type="button"
                className="schedule-entry schedule-more"
                onClick={(ev) => {
                  ev.stopPropagation();
                  setExpanded(all ? null : day);
                }}
              >
                {all ? '收起' : `还有 ${list.length - MAX_PER_DAY} 项…`}
              </button>
            )}
          </div>
        );
      }}
    />
  );
}

const LEGEND = ['late', 'done-late', 'due-soon', 'upcoming', 'open', 'done', 'closed'] as const;

/** What the dots mean. */
export function CalendarLegend() {
  return (
    <div className="schedule-legend">
      {LEGEND.map((state) => (
        <span key={state}>
          <span className="schedule-dot" style={{ background: stateColors[state] }} />
          {state === 'closed' ? '已截止/无需办理' : stateLabels[state].text}
        </span>
      ))}
      <span style={{ color: '#c0392b', fontWeight: 600 }}>★ 选举日</span>
      <span style={{ color: '#8c8c8c' }}>点击条目打开该村日程</span>
    </div>
  );
}
