import { Button, Card, DatePicker, Form, Input, List, Radio, Skeleton, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useParams } from 'react-router';
import { api } from '../../api.js';
import {
  LEVEL_LABELS,
  LEVEL_TAG,
  LEVELS,
  oversightKeys,
  type RiskLevel,
  villageApi,
} from '../../components/oversight/model.js';
import { QueryError } from '../../components/QueryError.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useVillageRisk } from '../../hooks/useOversight.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { may } from '../../permissions.js';

interface Values {
  reportDate: Dayjs;
  reporterName: string;
  reporterPhone?: string;
  hasIssue: boolean;
  situation?: string;
  suggestedLevel?: RiskLevel | 'none';
}

/** 每日直报: the village's 信息直报员 reports the day from a phone (每日情况报告制), one column, big buttons. */
export function DailyReportPage() {
  const { roundId = '', code = '' } = useParams();
  const user = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const hasIssue = Form.useWatch('hasIssue', form);
  const risk = useVillageRisk(roundId, code);
  const save = useWriteMutation({
    mutationFn: ({ reportDate, suggestedLevel, ...v }: Values) =>
      api.post(`${villageApi(roundId, code)}/risk/reports`, {
        ...v,
        reportDate: reportDate.format('YYYY-MM-DD'),
        situation: v.hasIssue ? (v.situation ?? '') : (v.situation ?? '').trim(),
        reporterPhone: v.reporterPhone || undefined,
        suggestedLevel: v.hasIssue && suggestedLevel && suggestedLevel !== 'none' ? suggestedLevel : null,
      }),
    invalidates: [oversightKeys.all],
    success: '今日情况已报送',
    onSuccess: () => form.setFieldsValue({ situation: '', hasIssue: false, suggestedLevel: 'none' }),
  });
  const canReport = may(user, 'risk.report');

  return (
    <div style={{ maxWidth: 480 }}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        每日直报
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        信息直报员每天报告本村选情：平安无事也报；有情况的写明经过，可建议风险等级。
      </Typography.Paragraph>
      {canReport && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{
              reportDate: dayjs(),
              reporterName: user.displayName,
              hasIssue: false,
              suggestedLevel: 'none',
            }}
            onFinish={(v) => save.mutate(v)}
          >
            <Form.Item
              name="reportDate"
              label="报告日期"
              rules={[{ required: true, message: '请选择报告日期' }]}
            >
              <DatePicker
                style={{ width: '100%' }}
                inputReadOnly
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              />
            </Form.Item>
            <Form.Item
              name="reporterName"
              label="直报员"
              rules={[{ required: true, whitespace: true, message: '请填写直报员姓名' }]}
            >
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="reporterPhone" label="联系电话">
              <Input maxLength={30} inputMode="tel" />
            </Form.Item>
            <Form.Item
              name="hasIssue"
              label="今日情况"
              rules={[{ required: true, message: '请选择有无情况' }]}
            >
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                style={{ display: 'flex' }}
                options={[
                  { value: false, label: '平安无事', style: { flex: 1, textAlign: 'center' } },
                  { value: true, label: '有情况', style: { flex: 1, textAlign: 'center' } },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="situation"
              label={hasIssue ? '情况说明' : '补充说明（可不填）'}
              rules={hasIssue ? [{ required: true, whitespace: true, message: '有情况时请写明情况' }] : []}
            >
              <Input.TextArea
                rows={hasIssue ? 4 : 2}
                maxLength={2000}
                placeholder={hasIssue ? '时间、地点、人员、经过' : ''}
              />
            </Form.Item>
            {hasIssue && (
              <Form.Item name="suggestedLevel" label="建议风险等级">
                <Radio.Group
                  optionType="button"
                  style={{ display: 'flex' }}
                  options={[
                    { value: 'none', label: '不建议', style: { flex: 1, textAlign: 'center' } },
                    ...LEVELS.map((l) => ({
                      value: l,
                      label: `${LEVEL_LABELS[l]}色`,
                      style: { flex: 1, textAlign: 'center' as const },
                    })),
                  ]}
                />
              </Form.Item>
            )}
            <Button type="primary" htmlType="submit" block size="large" loading={save.isPending}>
              报送
            </Button>
          </Form>
        </Card>
      )}
      <Typography.Title level={5}>近期直报</Typography.Title>
      {risk.error ? (
        <QueryError error={risk.error} onRetry={() => risk.refetch()} />
      ) : !risk.data ? (
        <Skeleton active />
      ) : (
        <List
          size="small"
          bordered
          dataSource={risk.data.reports.slice(0, 10)}
          locale={{ emptyText: '还没有直报' }}
          renderItem={(r) => (
            <List.Item>
              <div style={{ minWidth: 0 }}>
                <Typography.Text strong>{r.reportDate}</Typography.Text>{' '}
                <Tag color={r.hasIssue ? 'orange' : 'green'}>{r.hasIssue ? '有情况' : '平安无事'}</Tag>
                {r.suggestedLevel && (
                  <Tag color={LEVEL_TAG[r.suggestedLevel]}>建议{LEVEL_LABELS[r.suggestedLevel]}色</Tag>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.reporterName}
                </Typography.Text>
                {r.situation && r.situation !== '平安无事' && (
                  <div style={{ wordBreak: 'break-all' }}>{r.situation}</div>
                )}
              </div>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
