import { DeleteOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Segmented,
  Skeleton,
  Switch,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { api, request } from '../../api.js';
import { useHolidays } from '../../hooks/useSchedule.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import type { HolidayYear, NamedDay } from './model.js';

interface Values {
  weekendsOff: boolean;
  holidays: { range: [Dayjs, Dayjs]; name: string }[];
  workdays: { day: Dayjs; name: string }[];
}

/** Consecutive days with the same name become one range (国庆节 10-01 至 10-08). */
function toRanges(days: readonly NamedDay[]): Values['holidays'] {
  const ranges: Values['holidays'] = [];
  for (const d of days) {
    const day = dayjs(d.day);
    const last = ranges.at(-1);
    if (last && last.name === d.name && last.range[1].add(1, 'day').isSame(day, 'day')) last.range[1] = day;
    else ranges.push({ range: [day, day], name: d.name });
  }
  return ranges;
}

function toDays(ranges: Values['holidays']): NamedDay[] {
  const days: NamedDay[] = [];
  for (const r of ranges) {
    for (let d = r.range[0]; !d.isAfter(r.range[1], 'day'); d = d.add(1, 'day'))
      days.push({ day: d.format('YYYY-MM-DD'), name: r.name.trim() });
  }
  return days;
}

/** Rows of a date (or range) and its name, with a button to add one: the holidays and the make-up workdays. */
function NamedDateRows({
  list,
  field,
  dateMessage,
  example,
  addLabel,
  picker,
}: {
  list: 'holidays' | 'workdays';
  field: 'range' | 'day';
  dateMessage: string;
  example: string;
  addLabel: string;
  picker: ReactNode;
}) {
  return (
    <Form.List name={list}>
      {(fields, { add, remove: drop }) => (
        <div style={{ marginTop: 8 }}>
          {fields.map((f, i) => (
            <Flex key={f.key} gap={8} align="start" wrap>
              <Form.Item
                name={[f.name, field]}
                rules={[{ required: true, message: dateMessage }]}
                style={{ marginBottom: 8 }}
              >
                {picker}
              </Form.Item>
              <Form.Item
                name={[f.name, 'name']}
                rules={[{ required: true, whitespace: true, message: '请填写名称' }]}
                style={{ marginBottom: 8, width: 140 }}
              >
                <Input placeholder={example} maxLength={30} />
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                onClick={() => drop(f.name)}
                aria-label={`删除第${i + 1}行`}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ name: '' })}
            style={{ marginBottom: 16 }}
          >
            {addLabel}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

function YearForm({
  roundId,
  year,
  entered,
}: {
  roundId: string;
  year: number;
  entered: HolidayYear | undefined;
}) {
  const [form] = Form.useForm<Values>();
  const save = useWriteMutation({
    mutationFn: (v: Values) =>
      api.put<HolidayYear>(`/rounds/${roundId}/holidays/${year}`, {
        weekendsOff: v.weekendsOff,
        holidays: toDays(v.holidays ?? []),
        workdays: (v.workdays ?? []).map((w) => ({ day: w.day.format('YYYY-MM-DD'), name: w.name.trim() })),
      }),
    invalidates: [['schedule'], ['registration']],
    success: `${year} 年法定节假日已保存，各村期限已重算`,
  });
  const remove = useWriteMutation({
    mutationFn: () => request('DELETE', `/rounds/${roundId}/holidays/${year}`),
    invalidates: [['schedule'], ['registration']],
    success: `已删除 ${year} 年法定节假日`,
  });
  const inYear = (d: Dayjs) => d.year() !== year;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        weekendsOff: entered?.weekendsOff ?? true,
        holidays: toRanges(entered?.holidays ?? []),
        workdays: (entered?.workdays ?? []).map((w) => ({ day: dayjs(w.day), name: w.name })),
      }}
      onFinish={(v) => save.mutate(v)}
    >
      <Form.Item
        name="weekendsOff"
        label="周六、周日计为休假日（调休上班日除外）"
        valuePropName="checked"
        extra="民法典第203条所称法定休假日一般包括周末；县里另有口径的，可关闭。"
      >
        <Switch checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
      <Typography.Text strong>节假日（放假日期）</Typography.Text>
      <NamedDateRows
        list="holidays"
        field="range"
        dateMessage="请选择放假日期"
        example="如：国庆节"
        addLabel="添加节假日"
        picker={
          <DatePicker.RangePicker
            disabledDate={inYear}
            defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-01-01`)]}
          />
        }
      />
      <Typography.Text strong>调休上班日（周末上班）</Typography.Text>
      <NamedDateRows
        list="workdays"
        field="day"
        dateMessage="请选择日期"
        example="如：国庆节调休"
        addLabel="添加调休上班日"
        picker={
          <DatePicker
            disabledDate={(d) => inYear(d) || (d.day() !== 0 && d.day() !== 6)}
            defaultPickerValue={dayjs(`${year}-01-01`)}
          />
        }
      />
      <Flex justify="space-between" wrap gap={8}>
        {entered ? (
          <Popconfirm
            title={`删除 ${year} 年的法定节假日？`}
            description="删除后该年的期限按自然日计算。"
            okText="删除"
            cancelText="取消"
            onConfirm={() => remove.mutate()}
          >
            <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
              删除本年
            </Button>
          </Popconfirm>
        ) : (
          <span />
        )}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存 {year} 年
        </Button>
      </Flex>
      {entered?.enteredByName && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
          由 {entered.enteredByName} 于 {dayjs(entered.updatedAt).format('YYYY-MM-DD HH:mm')} 录入
        </Typography.Paragraph>
      )}
    </Form>
  );
}

/** The county's statutory holidays, one year at a time (国务院办公厅每年公布的放假安排). */
export function HolidaysModal({
  roundId,
  neededYears,
  canEdit,
  isPhone,
  onClose,
}: {
  roundId: string;
  /** the years the round's dates fall in */
  neededYears: number[];
  canEdit: boolean;
  isPhone: boolean;
  onClose: () => void;
}) {
  const holidays = useHolidays(roundId);
  const entered = holidays.data?.items ?? [];
  const thisYear = dayjs().year();
  const years = [...new Set([...entered.map((y) => y.year), ...neededYears, thisYear, thisYear + 1])].sort();
  const [year, setYear] = useState<number>(neededYears[0] ?? thisYear);
  const current = entered.find((y) => y.year === year);
  return (
    <Modal
      title="法定节假日"
      open
      onCancel={onClose}
      footer={null}
      width={isPhone ? '100%' : 640}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        “某日起N日内”的期限（申诉期、处理期、工作移交期等），最后一日是法定休假日的，顺延至休假日后的第一个工作日（C-3）；“选举日前N日”的期限不顺延（C-4）。节假日由县换届办按国务院办公厅当年的放假通知录入，全县各次换届共用。
      </Typography.Paragraph>
      {holidays.isPending ? (
        <Skeleton active />
      ) : (
        <>
          <Segmented
            value={year}
            onChange={(v) => setYear(Number(v))}
            options={years.map((y) => ({
              value: y,
              label: (
                <span>
                  <span>{y}</span>
                  {entered.some((e) => e.year === y) ? (
                    <Tag color="success" style={{ marginInlineStart: 4 }}>
                      已录入
                    </Tag>
                  ) : neededYears.includes(y) ? (
                    <Tag color="warning" style={{ marginInlineStart: 4 }}>
                      未录入
                    </Tag>
                  ) : null}
                </span>
              ),
            }))}
            style={{ marginBottom: 16, maxWidth: '100%', overflowX: 'auto' }}
          />
          {canEdit ? (
            <YearForm
              key={`${year}-${current?.updatedAt ?? 'new'}`}
              roundId={roundId}
              year={year}
              entered={current}
            />
          ) : current ? (
            <div>
              <p>周六、周日{current.weekendsOff ? '计为' : '不计为'}休假日</p>
              <p>
                节假日：
                {toRanges(current.holidays)
                  .map((r) => `${r.name} ${r.range[0].format('M月D日')}至${r.range[1].format('M月D日')}`)
                  .join('；') || '无'}
              </p>
              <p>调休上班日：{current.workdays.map((w) => `${w.day}（${w.name}）`).join('；') || '无'}</p>
            </div>
          ) : (
            <Typography.Text type="secondary">{year} 年尚未录入，请县换届办录入。</Typography.Text>
          )}
        </>
      )}
    </Modal>
  );
}
