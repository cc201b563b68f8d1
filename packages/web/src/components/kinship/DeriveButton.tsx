import { ApartmentOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import { api } from '../../api.js';
import { villageKey } from '../../hooks/useNomination.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { type DeriveAnswer, kinshipApi } from '../nomination/model.js';

/** Recomputes the relations derived from the household register (户号 + 与户主关系). */
export function DeriveButton({
  village,
  size = 'small',
}: {
  village: VillageRef;
  size?: 'small' | 'middle';
}) {
  const { modal } = App.useApp();
  const derive = useWriteMutation({
    mutationFn: () => api.post<DeriveAnswer>(`${kinshipApi(village.roundId, village.code)}/derive`),
    invalidates: [villageKey(village)],
    success: '已按户籍推算亲属关系',
    onSuccess: (r) => {
      if (r.notes.length === 0) return;
      modal.info({
        title: `推算了 ${r.derived} 对亲属关系（新增 ${r.added}，去除 ${r.removed}）`,
        width: 560,
        content: (
          <>
            <Typography.Paragraph>
              以下人员的与户主关系推不出亲属关系，如有请在人员页面手工添加：
            </Typography.Paragraph>
            <ul style={{ maxHeight: 300, overflow: 'auto', paddingInlineStart: 18 }}>
              {r.notes.slice(0, 100).map((n) => (
                <li key={`${n.householdNo}-${n.personId ?? ''}`}>
                  户号 {n.householdNo}
                  {n.name ? ` ${n.name}` : ''}：{n.reason}
                </li>
              ))}
            </ul>
            {r.notes.length > 100 && (
              <Typography.Text type="secondary">另有 {r.notes.length - 100} 条未列出</Typography.Text>
            )}
          </>
        ),
      });
    },
  });
  return (
    <Button
      size={size}
      icon={<ApartmentOutlined />}
      loading={derive.isPending}
      onClick={() => derive.mutate(undefined)}
    >
      按户籍推算亲属关系
    </Button>
  );
}
