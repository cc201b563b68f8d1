import { SaveOutlined } from '@ant-design/icons';
import type { InputRef, RefSelectProps } from 'antd';
import { Alert, App, Button, Card, Flex, Form, Input, Space, Tag, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { request } from '../../api.js';
import { villageKey } from '../../hooks/useNomination.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { type ListedPerson, nominationApi, type Ready } from './model.js';
import { PersonPick } from './PersonPick.js';

/** The QR on a printed 提名票 (the voter's card code, HJV1|county|round|voterId|check): whose ballot it is. */
const CARD = /^HJV1\|[^|]+\|[^|]+\|([^|]+)\|[0-9a-f]{8}$/;

interface Values {
  serial?: string;
  voterId?: string;
  offices?: Record<string, string[] | undefined>;
}

interface Body {
  serial: string | null;
  voterId: string;
  entries: { office: string; voterId: string }[];
  recordAsVoid?: boolean;
}

/**
 * 录入提名票 from the keyboard: the ballot's number (optional), the voter who filled it in, then the
 * names per office — each field searches the published list by 选民号, name or pinyin initials and
 * Enter takes the first match, Tab moves on to the next field. Ctrl+Enter saves and starts the next ballot. A ballot the rules refuse
 * (more names than seats, D-4) can be recorded as void, so the voter still counts as taking part (D-5).
 */
export function BallotEntry({
  village,
  state,
  people,
}: {
  village: VillageRef;
  state: Ready;
  people: readonly ListedPerson[];
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const firstRef = useRef<RefSelectProps>(null);
  const officeRef = useRef<RefSelectProps>(null);
  const serialRef = useRef<InputRef>(null);
  const [refused, setRefused] = useState<{ body: Body; message: string } | null>(null);
  const values = Form.useWatch([], form) as Values | undefined;
  const offices = state.plan.offices;
  const named = offices.flatMap((o) => (values?.offices?.[o.id] ?? []).map((id) => ({ office: o.id, id })));
  const cap = state.rules.nominationsPerVoterMax.value === 'seats' ? state.plan.totalSeats : null;
  const twice = state.rules.sameNomineeTwoOfficesVoid.value
    ? [...new Set(named.map((n) => n.id).filter((id, i, all) => all.indexOf(id) !== i))]
    : [];
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? id;
  const handedIn = new Set(state.ballots.map((b) => b.voterId));

  const save = useWriteMutation({
    mutationFn: (body: Body) =>
      request<unknown>('POST', `${nominationApi(village.roundId, village.code)}/ballots`, body),
    invalidates: [villageKey(village)],
    success: '已录入，请录下一张',
    onSuccess: () => {
      setRefused(null);
      form.resetFields();
      setTimeout(() => (serialRef.current ?? firstRef.current)?.focus(), 0);
    },
  });

  const submit = useCallback(
    (v: Values) => {
      if (!v.voterId) return;
      const body: Body = {
        serial: v.serial?.trim() || null,
        voterId: v.voterId,
        entries: offices.flatMap((o) =>
          (v.offices?.[o.id] ?? []).map((voterId) => ({ office: o.id, voterId })),
        ),
      };
      save.mutate(body, {
        onError: (err) =>
          setRefused(/登记为无效票/.test(err.message) ? { body, message: err.message } : null),
      });
    },
    [offices, save],
  );

  return (
    <Card
      size="small"
      title="录入提名票"
      extra={<Typography.Text type="secondary">Ctrl+Enter 保存并录下一张</Typography.Text>}
      // Caught before the pickers see them: an open picker would take Tab or Ctrl+Enter as "toggle the
      // highlighted name" (and keep the focus), dropping a name just chosen with Enter.
      onKeyDownCapture={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          e.stopPropagation();
          form.submit();
        } else if (e.key === 'Tab') {
          e.stopPropagation(); // the browser moves on to the next field
        }
      }}
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Flex wrap gap={8}>
          <Form.Item
            name="serial"
            label="提名票编号或扫码（可不填）"
            style={{ flex: '1 1 120px', marginBottom: 12 }}
          >
            <Input
              ref={serialRef}
              placeholder="如 0012；扫提名票二维码"
              maxLength={120}
              autoFocus
              onChange={(e) => {
                // a scanner types the printed ballot's QR text: it names the voter who filled it in
                const id = CARD.exec(e.target.value.trim())?.[1];
                if (!id) return;
                const who = people.find((p) => p.id === id);
                if (!who) {
                  message.error('扫到的提名票不是本村公布名单上选民的');
                } else if (handedIn.has(id)) {
                  message.error(`${who.name}的提名票已经录入过`);
                } else {
                  form.setFieldValue('voterId', id);
                  message.success(`提名人：${who.name}`);
                  setTimeout(() => officeRef.current?.focus(), 0);
                }
                // the scan is not a serial number
                setTimeout(() => form.setFieldValue('serial', undefined), 0);
              }}
            />
          </Form.Item>
          <Form.Item
            name="voterId"
            label="提名人（填票选民）"
            rules={[{ required: true, message: '请选择提名人' }]}
            style={{ flex: '2 1 200px', marginBottom: 12 }}
          >
            <PersonPick
              people={people}
              selectRef={firstRef}
              ariaLabel="提名人"
              allowClear={false}
              disabledReason={(p) => (handedIn.has(p.id) ? '已录入' : null)}
            />
          </Form.Item>
        </Flex>
        {offices.map((o, i) => (
          <Form.Item
            key={o.id}
            name={['offices', o.id]}
            label={
              <span>
                {o.title}
                <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
                  应选 {o.seats} 人
                </Typography.Text>
              </span>
            }
            style={{ marginBottom: 12 }}
          >
            <PersonPick
              people={people}
              multiple
              selectRef={i === 0 ? officeRef : undefined}
              ariaLabel={`${o.title}被提名人`}
              allowClear={false}
              placeholder={`${o.title}：选民号、姓名或拼音首字母，回车选中`}
              disabledReason={o.womenOnly ? (p) => (p.sex === 'F' ? null : '只提名女性') : undefined}
            />
          </Form.Item>
        ))}
        <Space wrap style={{ marginBottom: 8 }}>
          <Tag color={cap !== null && named.length > cap ? 'red' : 'blue'}>
            已填 {named.length} 人
            {cap !== null ? ` / 最多 ${cap} 人（${state.rules.nominationsPerVoterMax.rule}）` : ''}
          </Tag>
          {state.rules.proxyNominationForbidden.value && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              选民不得委托他人提名（{state.rules.proxyNominationForbidden.rule}）
            </Typography.Text>
          )}
        </Space>
        {twice.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            title={`${twice.map(nameOf).join('、')}被同时提名为两项职务：按规则该提名无效，不计得票（${state.rules.sameNomineeTwoOfficesVoid.rule}）`}
          />
        )}
        {refused && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 8 }}
            title={refused.message}
            action={
              <Button
                size="small"
                danger
                loading={save.isPending}
                onClick={() => save.mutate({ ...refused.body, recordAsVoid: true })}
              >
                登记为无效票
              </Button>
            }
          />
        )}
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending} block>
          保存并录下一张
        </Button>
      </Form>
    </Card>
  );
}
