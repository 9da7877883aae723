import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TitleField } from '../../components/fields';
import { DraftCancelButton } from '../../components/DraftCancelButton';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Radio,
  Result,
  Select,
  Skeleton,
  Space,
} from 'antd';
import { useNavigate, useParams } from 'react-router';
import { api, ApiError, unwrap } from '../../api/http';
import type { RebuttalResponse } from '../../api/types';
import { REBUTTAL_VERDICT_LABELS } from '../../locales/interaction';
import { optionsOf } from '../../locales/zh-CN';
import { complaintQuery, useComplaints } from '../complaints/queries';
import { useActiveAccounts } from '../reviews/queries';
import { rebuttalKeys, useRebuttal } from './queries';
import { initialOf, linkProblem, rebuttalRequest, type RebuttalValues } from './values';
import { BackTitle } from '../../components/BackTitle';
import { DraftNotice } from '../../components/DraftNotice';
import { useDraft } from '../../components/useDraft';
import { RichTextEditor } from '../../components/RichTextEditor';

/** 撰写 / 修改辟谣 (/rumours/new, /rumours/:id/edit). */
export function RumourEditor() {
  const params = useParams();
  const id = params.id !== undefined ? Number(params.id) : undefined;
  const rebuttal = useRebuttal(id);
  if (id !== undefined && rebuttal.isLoading) return <Skeleton active />;
  if (id !== undefined && !rebuttal.data) return <Alert type="error" title="辟谣加载失败" />;
  if (rebuttal.data && !['DRAFT', 'REJECTED'].includes(rebuttal.data.status))
    return <Result status="warning" title="只有草稿或未通过审核的辟谣可以修改" />;
  return <RumourForm key={rebuttal.data?.id ?? 'new'} rebuttal={rebuttal.data} />;
}

const linkRule = {
  validator: (_: unknown, value: string | undefined) => {
    const problem = linkProblem(value);
    return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
  },
};

function RumourForm({ rebuttal }: { rebuttal: RebuttalResponse | undefined }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RebuttalValues>();
  const accounts = useActiveAccounts(true);
  const complaints = useComplaints(complaintQuery({}, 1, 100));
  const draft = useDraft(form, { name: 'rumour', id: rebuttal?.id });

  const save = useMutation({
    mutationFn: (values: RebuttalValues) => {
      const account = accounts.data?.items.find((a) => a.id === values.accountId);
      const host = account?.hostOrganizationId ?? rebuttal?.organizationId ?? 0;
      const body = rebuttalRequest(values, host, rebuttal);
      return rebuttal
        ? unwrap(
            api.PUT('/api/v1/rumour-rebuttals/{id}', {
              params: { path: { id: rebuttal.id } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/rumour-rebuttals', { body }));
    },
    onSuccess: async (saved) => {
      draft.clear();
      void message.success('辟谣已保存');
      await queryClient.invalidateQueries({ queryKey: rebuttalKeys.all });
      void navigate(`/rumours/${saved.id}`);
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 409)
        await queryClient.invalidateQueries({ queryKey: rebuttalKeys.all });
    },
  });

  const accountOptions = (accounts.data?.items ?? []).map((a) => ({
    value: a.id,
    label: `${a.name}（${a.hostOrganizationName}）`,
  }));
  if (rebuttal && !accountOptions.some((o) => o.value === rebuttal.accountId))
    accountOptions.push({ value: rebuttal.accountId, label: rebuttal.accountName });

  return (
    <Card
      title={<BackTitle to={-1}>{rebuttal ? `修改辟谣：${rebuttal.title}` : '撰写辟谣'}</BackTitle>}
    >
      <DraftNotice draft={draft} />
      <Form<RebuttalValues>
        form={form}
        name="rumour-rebuttal"
        layout="vertical"
        style={{ maxWidth: 860 }}
        initialValues={initialOf(rebuttal)}
        onValuesChange={draft.remember}
        onFinish={(values) => save.mutate(values)}
      >
        <TitleField maxLength={100} />
        <Form.Item
          name="accountId"
          label="发布账号"
          extra="辟谣在发布单位主办的账号上发布（《办法》第二十三条）"
          rules={[{ required: true, message: '请选择发布账号' }]}
        >
          <Select
            loading={accounts.isLoading}
            placeholder="请选择已开通的账号"
            showSearch={{ optionFilterProp: 'label' }}
            options={accountOptions}
          />
        </Form.Item>
        <Form.Item
          name="rumour"
          label="谣言内容（按传播时的说法）"
          rules={[{ required: true, whitespace: true, message: '请填写谣言内容' }, { max: 2000 }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          name="truth"
          label="事实真相"
          rules={[{ required: true, whitespace: true, message: '请填写事实真相' }, { max: 10000 }]}
        >
          <RichTextEditor label="事实真相" maxLength={10000} />
        </Form.Item>
        <Form.Item name="verdict" label="评级" rules={[{ required: true }]}>
          <Radio.Group options={optionsOf(REBUTTAL_VERDICT_LABELS)} />
        </Form.Item>
        <Form.Item name="evidence" label="依据说明" rules={[{ max: 5000 }]}>
          <Input.TextArea rows={3} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="evidenceLinks" label="依据链接（每行一个，最多 10 个）" rules={[linkRule]}>
          <Input.TextArea rows={2} placeholder="https://" />
        </Form.Item>
        <Form.Item
          name="rumourAppearances"
          label="谣言出处（每行一个，最早的在前，最多 10 个）"
          rules={[linkRule]}
        >
          <Input.TextArea rows={2} placeholder="https://" />
        </Form.Item>
        <Form.Item name="complaintIds" label="反映该谣言的留言、投诉">
          <Select
            mode="multiple"
            allowClear
            loading={complaints.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={(complaints.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.trackingNumber} ${c.title}`,
            }))}
          />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              保存
            </Button>
            <DraftCancelButton draft={draft} />
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
