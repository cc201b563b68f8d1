import { Alert, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api.js';
import { POLLING_KEY } from '../../hooks/usePolling.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useVoterSearch } from '../../hooks/useVoterSearch.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { isOnList } from '../registration/model.js';
import { type PollingPlace, type PollingPlanAnswer, pollingApi } from './model.js';

const label = (v: { name: string; groupName: string; voterNo: number | null }) =>
  `${v.name}（${v.groupName}${v.voterNo ? ` · ${v.voterNo}号` : ''}）`;

/**
 * The voters who vote at a mobile box, picked from the published list by name, pinyin initials or ID
 * number. People at another box are shown but cannot be picked (one box per voter).
 */
export function BoxVotersModal({
  village,
  data,
  place,
  onClose,
}: {
  village: VillageRef;
  data: PollingPlanAnswer;
  place: PollingPlace;
  onClose: () => void;
}) {
  const search = useVoterSearch(village, 30);
  const [chosen, setChosen] = useState<string[]>(place.boxVoters.map((v) => v.voterId));
  // labels of everyone ever shown or already chosen, so a choice keeps its name after the search moves on
  const [labels, setLabels] = useState<Map<string, string>>(
    () => new Map(place.boxVoters.map((v) => [v.voterId, label(v)])),
  );
  const otherBox = new Map(
    data.places
      .filter((p) => p.kind === 'mobile' && p.id !== place.id)
      .flatMap((p) => p.boxVoters.map((v) => [v.voterId, p.name])),
  );
  const found = search.found.filter(isOnList);
  // Only this search's answer is offered: people chosen earlier stay as tags (tagRender names them)
  // but are not options, so Enter right after typing picks the first person found, never un-picks
  // an earlier choice while the answer is on its way.
  const options = found.map((v) => ({
    value: v.id,
    label: otherBox.has(v.id) ? `${label(v)} · 已在${otherBox.get(v.id)}` : label(v),
    disabled: otherBox.has(v.id),
  }));
  const save = useWriteMutation({
    mutationFn: (ids: string[]) =>
      api.put<{ approvalStatus: string | null }>(
        `${pollingApi(village.roundId, village.code)}/places/${place.id}/voters`,
        { voterIds: ids },
      ),
    invalidates: [[POLLING_KEY]],
    success: '流动票箱选民名单已保存',
    onSuccess: onClose,
  });
  const resets = place.approvalStatus === 'approved' && data.rules.mobileBoxNeedsTownshipApproval.value;
  return (
    <Modal
      title={`${place.name}：使用流动票箱投票的选民`}
      open
      okText="保存"
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => save.mutate(chosen)}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        从公布的选民名单中选择（输入姓名、拼音首字母或身份证号搜索）。这些选民在流动票箱投票，不再计入其村民小组的投票站；名单随投票安排一起公告（
        {data.rules.mobileBoxNeedsTownshipApproval.rule}）。
      </Typography.Paragraph>
      {resets && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="乡镇已批准该票箱：改动选民名单后须重新报乡镇批准"
        />
      )}
      <Select
        aria-label="流动票箱选民"
        mode="multiple"
        style={{ width: '100%' }}
        value={chosen}
        onChange={(ids: string[]) => {
          setChosen(ids);
          setLabels((m) => {
            const next = new Map(m);
            for (const v of found) next.set(v.id, label(v));
            return next;
          });
        }}
        showSearch={{ filterOption: false, onSearch: search.onSearch }}
        options={options}
        tagRender={({ value, closable, onClose }) => (
          <Tag closable={closable} onClose={onClose} style={{ marginInlineEnd: 4 }}>
            {labels.get(String(value)) ?? String(value)}
          </Tag>
        )}
        loading={search.searching}
        placeholder="搜索并选择选民"
        notFoundContent={search.searching ? '搜索中…' : '选民名单中没有找到'}
      />
      <Typography.Paragraph style={{ marginTop: 8 }}>已选 {chosen.length} 人</Typography.Paragraph>
    </Modal>
  );
}
