import { Alert, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, api } from '../../api.js';
import { POLLING_KEY } from '../../hooks/usePolling.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { VoterSelect } from '../registration/VoterSelect.js';
import { type PollingPlanAnswer, pollingApi, rolesFor, STAFF_ROLE_TITLES, type StaffRole } from './model.js';

/**
 * Names a person to a role at a place. The recusal (E-9) shows as soon as a barred person and role
 * are picked, before anything is sent; the server checks again and refuses with the rule.
 */
export function StaffModal({
  village,
  data,
  placeId: initialPlace,
  onClose,
}: {
  village: VillageRef;
  data: PollingPlanAnswer;
  placeId: string;
  onClose: () => void;
}) {
  const [placeId, setPlaceId] = useState(initialPlace);
  const place = data.places.find((p) => p.id === placeId) ?? data.places[0]!;
  const roles = rolesFor(place.kind);
  const [role, setRole] = useState<StaffRole>(roles.includes('scrutineer') ? 'scrutineer' : roles[0]!);
  const [voterId, setVoterId] = useState<string | undefined>();
  const barred = data.barred.find((b) => b.voterId === voterId && b.roles.includes(role));
  const already = voterId ? data.staff.filter((s) => s.voterId === voterId) : [];
  const add = useWriteMutation({
    mutationFn: () =>
      api.post(`${pollingApi(village.roundId, village.code)}/staff`, { placeId, role, voterId }),
    invalidates: [[POLLING_KEY]],
    success: `已安排${STAFF_ROLE_TITLES[role]}`,
    onSuccess: onClose,
  });
  const refused = add.error instanceof ApiError ? add.error.message : null;
  const recusal = data.rules.staffRecusal;
  return (
    <Modal
      title="安排工作人员"
      open
      okText="安排"
      okButtonProps={{ disabled: !voterId || barred !== undefined }}
      confirmLoading={add.isPending}
      onCancel={onClose}
      onOk={() => add.mutate()}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form layout="vertical" style={{ marginTop: 16 }}>
        <Form.Item label="投票地点">
          <Select
            aria-label="投票地点"
            value={place.id}
            onChange={(v: string) => {
              setPlaceId(v);
              const next = data.places.find((p) => p.id === v)!;
              if (!rolesFor(next.kind).includes(role)) setRole('scrutineer');
            }}
            options={data.places.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item
          label="职责"
          extra={
            place.kind === 'central'
              ? undefined
              : '唱票、计票在中心会场统一进行；主持人、总监票人安排在中心会场。'
          }
        >
          <Select
            aria-label="职责"
            value={role}
            onChange={(v: StaffRole) => setRole(v)}
            options={roles.map((r) => ({ value: r, label: STAFF_ROLE_TITLES[r] }))}
          />
        </Form.Item>
        <Form.Item label="人员（从选民名单中选）">
          <VoterSelect village={village} value={voterId} onChange={setVoterId} onListOnly id="staff-voter" />
        </Form.Item>
      </Form>
      {barred && (
        <Alert
          type="error"
          showIcon
          title={`${barred.reason}，不得担任${STAFF_ROLE_TITLES[role]}（${barred.rule}）`}
          description="请另选他人。"
        />
      )}
      {!barred && already.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={`此人已担任：${already
            .map(
              (s) => `${data.places.find((p) => p.id === s.placeId)?.name ?? ''}${STAFF_ROLE_TITLES[s.role]}`,
            )
            .join('、')}`}
        />
      )}
      {refused && !barred && <Alert type="error" showIcon style={{ marginTop: 8 }} title={refused} />}
      {recusal.value && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
          回避（{recusal.rule}）：候选人{recusal.value.selfNominees ? '、自荐人' : ''}及其近亲属不得担任
          {recusal.value.roles
            .map((r) => STAFF_ROLE_TITLES[r as StaffRole])
            .filter(Boolean)
            .join('、')}
          。
        </Typography.Paragraph>
      )}
    </Modal>
  );
}
