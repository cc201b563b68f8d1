import { CalendarOutlined, OrderedListOutlined, ScheduleOutlined, SettingOutlined } from '@ant-design/icons';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Flex,
  Row,
  Segmented,
  Select,
  Skeleton,
  Space,
  Statistic,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../components/QueryError.js';
import { AreaCalendar, CalendarLegend } from '../../components/schedule/AreaCalendar.js';
import { AreaStepList } from '../../components/schedule/AreaStepList.js';
import { HolidayNotice } from '../../components/schedule/HolidayNotice.js';
import { HolidaysModal } from '../../components/schedule/HolidaysModal.js';
import { LateTable } from '../../components/schedule/LateTable.js';
import { LocalStepsModal } from '../../components/schedule/LocalStepsModal.js';
import { schedulePage } from '../../components/schedule/model.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useRound } from '../../hooks/useRounds.js';
import { useAreaSchedule } from '../../hooks/useSchedule.js';
import { may } from '../../permissions.js';

/** 日程总览: every village of a township (or county) on one calendar, with the late steps across them. */
export function AreaCalendarPage() {
  const { roundId = '', code = '' } = useParams();
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const round = useRound(roundId);
  const schedule = useAreaSchedule(roundId, code);
  const [selected, setSelected] = useState<string[]>([]);
  const [view, setView] = useState<'calendar' | 'list'>('calendar');
  const [openOnly, setOpenOnly] = useState(true);
  const [dialog, setDialog] = useState<'local' | 'holidays' | null>(null);

  const data = schedule.data;
  const villages = useMemo(
    () => (data?.villages ?? []).filter((v) => selected.length === 0 || selected.includes(v.code)),
    [data, selected],
  );
  if (schedule.error) return <QueryError error={schedule.error} onRetry={() => schedule.refetch()} />;
  if (!data) return <Skeleton active />;

  const late = data.late.filter((l) => selected.length === 0 || selected.includes(l.villageCode));
  const sum = (f: (c: (typeof villages)[number]['counts']) => number) =>
    villages.reduce((n, v) => n + f(v.counts), 0);
  const lateCount = sum((c) => c.late);
  const doneLate = sum((c) => c.doneLate);
  const dueSoon = sum((c) => c.dueSoon);
  const undated = villages.filter((v) => v.electionDay === null);
  const showTownship = data.level !== 'township' && data.level !== 'village';
  const countyOffice = may(user, 'round.manage') && user.regionCode.length <= 6;
  const neededYears = [...new Set([...data.holidays.entered, ...data.holidays.missing])].sort();
  const canAddLocal =
    may(user, 'preparation.approve') && (data.level === 'township' || data.level === 'county');
  const asList = isPhone || view === 'list';

  const stats = [
    { title: '逾期未办', value: lateCount, color: lateCount > 0 ? '#cf1322' : undefined },
    { title: '逾期完成', value: doneLate, color: doneLate > 0 ? '#d46b08' : undefined },
    { title: '三日内到期', value: dueSoon, color: dueSoon > 0 ? '#ad8b00' : undefined },
    { title: '未定选举日', value: undated.length, suffix: '村' },
    { title: '参选村（社区）', value: villages.length },
  ];

  return (
    <>
      <Breadcrumb
        separator="›"
        items={[
          { title: <Link to="/rounds">换届</Link> },
          { title: <Link to={`/rounds/${roundId}`}>{round.data?.name ?? '换届'}</Link> },
          { title: '日程总览' },
        ]}
      />
      <Typography.Title level={3} style={{ margin: '12px 0 4px' }}>
        {data.name} · 日程总览
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {data.rulesetTitle} · 今天 {data.today}
      </Typography.Paragraph>

      {isPhone ? (
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          {stats.map((s) => (
            <Card key={s.title} size="small" style={{ flex: '1 1 100px' }} styles={{ body: { padding: 8 } }}>
              <Statistic
                title={s.title}
                value={s.value}
                suffix={s.suffix}
                styles={{ content: { color: s.color, fontSize: 20 } }}
              />
            </Card>
          ))}
        </Flex>
      ) : (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            {stats.map((s) => (
              <Col key={s.title} flex="1">
                <Statistic
                  title={s.title}
                  value={s.value}
                  suffix={s.suffix}
                  styles={{ content: { color: s.color } }}
                />
              </Col>
            ))}
          </Row>
        </Card>
      )}

      <HolidayNotice
        notice={data.holidays}
        compact={isPhone}
        action={
          countyOffice && (
            <Button size="small" onClick={() => setDialog('holidays')}>
              录入节假日
            </Button>
          )
        }
      />

      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select
            mode="multiple"
            allowClear
            placeholder="全部村（社区）"
            value={selected}
            onChange={setSelected}
            style={{ minWidth: isPhone ? 200 : 260 }}
            maxTagCount="responsive"
            options={data.villages.map((v) => ({
              value: v.code,
              label: showTownship ? `${v.townshipName} ${v.name}` : v.name,
            }))}
            optionFilterProp="label"
          />
          {!isPhone && (
            <Segmented
              value={view}
              onChange={(v) => setView(v as 'calendar' | 'list')}
              options={[
                { value: 'calendar', label: '日历', icon: <CalendarOutlined /> },
                { value: 'list', label: '列表', icon: <OrderedListOutlined /> },
              ]}
            />
          )}
          {asList && (
            <Segmented
              value={openOnly ? 'open' : 'all'}
              onChange={(v) => setOpenOnly(v === 'open')}
              options={[
                { value: 'open', label: '待办和逾期' },
                { value: 'all', label: '全部' },
              ]}
            />
          )}
        </Space>
        <Space wrap>
          <Button icon={<ScheduleOutlined />} onClick={() => setDialog('local')}>
            本地步骤
          </Button>
          <Button icon={<SettingOutlined />} onClick={() => setDialog('holidays')}>
            法定节假日
          </Button>
        </Space>
      </Flex>

      <LateTable roundId={roundId} rows={late} isPhone={isPhone} showTownship={showTownship} />

      {undated.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`未定选举日（${undated.length} 个村）：期限待定`}
          description={
            <>
              {undated.map((v, i) => (
                <span key={v.code}>
                  {i > 0 && '、'}
                  <Link to={schedulePage(roundId, v.code)}>{v.name}</Link>
                </span>
              ))}
              。请在<Link to={`/rounds/${roundId}`}>换届页面</Link>设定选举日，各步骤期限随即算出。
            </>
          }
        />
      )}

      {asList ? (
        <AreaStepList roundId={roundId} villages={villages} openOnly={openOnly} isPhone={isPhone} />
      ) : (
        <Card size="small">
          <CalendarLegend />
          <AreaCalendar roundId={roundId} villages={villages} today={data.today} />
        </Card>
      )}

      {dialog === 'local' && (
        <LocalStepsModal
          roundId={roundId}
          regionCode={code}
          regionName={data.name}
          userRegion={user.regionCode}
          canEdit={canAddLocal}
          isPhone={isPhone}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'holidays' && (
        <HolidaysModal
          roundId={roundId}
          neededYears={neededYears}
          canEdit={countyOffice}
          isPhone={isPhone}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
