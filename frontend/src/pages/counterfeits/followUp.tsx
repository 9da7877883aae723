import { Alert, Button, Descriptions, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { CounterfeitReferral, CounterfeitResponse } from '../../api/types';
import { REFERRAL_AGENCY_LABELS } from '../../locales/interaction';
import { labelOf } from '../../locales/zh-CN';
import { DeadlineForm, OutcomeForm, ReferralForm, TakedownForm } from './followUpForms';
import { useReferrals } from './queries';
import { PersonName } from '../../components/PersonName';

type Form = 'referral' | 'deadline' | 'takedown' | CounterfeitReferral;

/** The takedown's state in one tag: confirmed, overdue, or due by its deadline. */
export function TakedownTag({ investigation: i }: { investigation: CounterfeitResponse }) {
  if (i.takedownConfirmedOn) return <Tag color="green">已关停 {i.takedownConfirmedOn}</Tag>;
  if (!i.takedownDeadline) return <>—</>;
  return i.takedownOverdue ? (
    <Tag color="red">逾期未关停（期限 {i.takedownDeadline}）</Tag>
  ) : (
    <Tag color="orange">{i.takedownDeadline} 前关停</Tag>
  );
}

/** 跟进 (Art 30): the requests to 网信 / 公安 and their outcomes, the takedown to its confirmation. */
export function FollowUpDialog({
  investigation: i,
  canManage,
  onClose,
}: {
  investigation: CounterfeitResponse;
  canManage: boolean;
  onClose: () => void;
}) {
  const referrals = useReferrals(i.id);
  const [form, setForm] = useState<Form>();
  const close = () => setForm(undefined);
  const open = i.status === 'CONFIRMED_FAKE' && !i.takedownConfirmedOn;
  return (
    <Modal open title={`跟进：${i.suspectName}`} footer={null} width={760} onCancel={onClose}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {i.takedownOverdue && (
          <Alert
            type="error"
            showIcon
            title="平台逾期未关停，请督促平台并考虑商请网信、公安协同处理"
          />
        )}
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="平台关停">
            <TakedownTag investigation={i} />
          </Descriptions.Item>
          {i.takedownNote && (
            <Descriptions.Item label="关停核查">
              {i.takedownNote}（<PersonName username={i.takedownConfirmedBy} />）
            </Descriptions.Item>
          )}
        </Descriptions>
        {canManage && (
          <Space wrap>
            {i.status !== 'NOT_FAKE' && (
              <Button onClick={() => setForm('referral')}>商请网信、公安</Button>
            )}
            {open && <Button onClick={() => setForm('deadline')}>调整关停期限</Button>}
            {open && (
              <Button type="primary" onClick={() => setForm('takedown')}>
                确认已关停
              </Button>
            )}
          </Space>
        )}
        <Table<CounterfeitReferral>
          rowKey="id"
          size="small"
          aria-label="协同处理"
          pagination={false}
          loading={referrals.isLoading}
          dataSource={referrals.data ?? []}
          locale={{ emptyText: '尚未商请网信、公安协同处理' }}
          columns={[
            {
              title: '部门',
              dataIndex: 'agency',
              render: (v: string) => labelOf(REFERRAL_AGENCY_LABELS, v),
            },
            { title: '商请日期', dataIndex: 'requestedOn' },
            { title: '商请事项', dataIndex: 'request' },
            {
              title: '处理结果',
              dataIndex: 'outcome',
              render: (outcome: string | undefined, row) =>
                outcome ? (
                  `${outcome}（${row.outcomeOn}）`
                ) : canManage ? (
                  <Button size="small" onClick={() => setForm(row)}>
                    登记结果
                  </Button>
                ) : (
                  '待反馈'
                ),
            },
          ]}
        />
      </Space>
      {form === 'referral' && <ReferralForm investigation={i} onClose={close} />}
      {form === 'deadline' && <DeadlineForm investigation={i} onClose={close} />}
      {form === 'takedown' && <TakedownForm investigation={i} onClose={close} />}
      {typeof form === 'object' && (
        <OutcomeForm investigation={i} referral={form} onClose={close} />
      )}
    </Modal>
  );
}
