import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select, Space } from 'antd';
import { DraftCancelButton } from '../../components/DraftCancelButton';
import { TitleField } from '../../components/fields';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError, unwrap } from '../../api/http';
import type { ContentCheckResult, TicketResponse } from '../../api/types';
import { optionsOf } from '../../locales/zh-CN';
import { CLASSIFICATION_LABELS, ORIGIN_LABELS } from '../../locales/review';
import { RepostSourceFields } from './repostFields';
import { CheckSummary, SubmitProblemAlert } from './check/checkPanels';
import { submitProblemOf, type SubmitProblem } from './check/problems';
import { ticketKeys, useActiveAccounts } from './queries';
import { initialOf, text, type Values } from './editorValues';
import { writeTicket } from './writeTicket';
import { BodyField } from './bodyField';
import { BackTitle } from '../../components/BackTitle';
import { DraftNotice } from '../../components/DraftNotice';
import { useDraft } from '../../components/useDraft';

/** The review ticket's form beside its automatic check (see ReviewEditor). */
export function EditorForm({ ticket: loaded }: { ticket: TicketResponse | undefined }) {
  // the ticket as last saved here (a save moves its version on)
  const [ticket, setTicket] = useState<TicketResponse | undefined>(loaded);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [check, setCheck] = useState<ContentCheckResult>();
  const [checkedBody, setCheckedBody] = useState<string>('');
  const [submitProblem, setSubmitProblem] = useState<SubmitProblem>();
  const origin = Form.useWatch('origin', form);
  const draft = useDraft(form, { name: 'review', id: ticket?.id });
  // tickets written before the rich-text editor keep their plain text
  const plainText = ticket?.bodyFormat === 'TEXT';

  const accounts = useActiveAccounts(!ticket);

  const checking = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        api.POST('/api/v1/content-checks', {
          body: {
            title: values.title ?? '',
            body: values.body ?? '',
            origin: values.origin ?? 'ORIGINAL',
            sourceName: values.origin === 'REPOST' ? text(values.sourceName) : undefined,
            sourceUrl: values.origin === 'REPOST' ? text(values.sourceUrl) : undefined,
          },
        }),
      ),
    onSuccess: (result, values) => {
      setCheck(result);
      setCheckedBody(values.body ?? '');
      if (result.sensitiveTopic) {
        form.setFieldValue('classification', 'MAJOR');
        draft.remember();
      }
    },
  });

  /** Creates or updates the ticket; returns the saved one. */
  const save = async (values: Values): Promise<TicketResponse> => {
    const saved = await writeTicket(ticket, values);
    draft.clear();
    setTicket(saved);
    return saved;
  };

  const saving = useMutation({
    mutationFn: save,
    onSuccess: async (saved) => {
      void message.success('已保存');
      await queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      if (!loaded) void navigate(`/reviews/${saved.id}/edit`, { replace: true });
    },
  });

  const submitting = useMutation({
    mutationFn: async ({ values, acknowledge }: { values: Values; acknowledge: boolean }) => {
      const saved = await save(values);
      try {
        return await unwrap(
          api.POST('/api/v1/review-tickets/{id}/submit', {
            params: { path: { id: saved.id } },
            body: { acknowledgeWarnings: acknowledge, version: saved.version },
          }),
        );
      } catch (error) {
        // the draft is saved; the editor continues on it (see `ticket`)
        await queryClient.invalidateQueries({ queryKey: ticketKeys.all });
        throw error;
      }
    },
    onMutate: () => setSubmitProblem(undefined),
    // blockers and warnings of the check are shown once, in the form (SubmitProblemAlert)
    meta: { problemShownInForm: (error) => error instanceof ApiError && error.status === 422 },
    onSuccess: async (submitted) => {
      void message.success('已提交审核');
      await queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      void navigate(`/reviews/${submitted.id}`);
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.status !== 422) return;
      setSubmitProblem(submitProblemOf(error));
    },
  });

  const values = () => form.getFieldsValue(true) as Values;
  const submit = (acknowledge: boolean) =>
    void form
      .validateFields()
      .then(() => submitting.mutate({ values: values(), acknowledge }))
      .catch(() => undefined);

  const findings = check?.findings ?? [];

  return (
    <Card
      title={<BackTitle to={-1}>{ticket ? `修改审核单：${ticket.title}` : '撰写审核单'}</BackTitle>}
    >
      <Row gutter={24}>
        <Col xs={24} lg={14}>
          <DraftNotice draft={draft} />
          <Form<Values>
            form={form}
            name="review-ticket"
            layout="vertical"
            initialValues={initialOf(ticket)}
            onValuesChange={draft.remember}
            onFinish={(next) => saving.mutate(next)}
          >
            <Form.Item
              name="accountId"
              label="发布账号"
              rules={[{ required: true, message: '请选择发布账号' }]}
            >
              <Select
                disabled={!!ticket}
                loading={accounts.isLoading}
                placeholder="请选择已开通的账号"
                showSearch={{ optionFilterProp: 'label' }}
                options={
                  ticket
                    ? [{ value: ticket.accountId, label: ticket.accountName }]
                    : (accounts.data?.items ?? []).map((account) => ({
                        value: account.id,
                        label: account.name,
                      }))
                }
              />
            </Form.Item>
            <TitleField />
            <BodyField plainText={plainText} />
            <Space size="large" wrap align="start">
              <Form.Item name="origin" label="来源">
                <Radio.Group disabled={!!ticket} options={optionsOf(ORIGIN_LABELS)} />
              </Form.Item>
              {origin === 'REPOST' && (
                <Form.Item
                  name="sourceName"
                  label="转载来源"
                  extra="转载须注明来源（《办法》第二十一条）"
                  rules={[{ required: true, whitespace: true, message: '请填写转载来源' }]}
                >
                  <Input maxLength={100} showCount style={{ width: 240 }} />
                </Form.Item>
              )}
              <Form.Item
                name="classification"
                label="分级"
                extra="涉及敏感话题的内容按重大敏感审核（《办法》第十七条）"
              >
                <Radio.Group options={optionsOf(CLASSIFICATION_LABELS)} />
              </Form.Item>
              <Form.Item name="plannedAt" label="计划发布时间">
                <DatePicker showTime format="YYYY-MM-DD HH:mm" disabled={!!ticket} />
              </Form.Item>
            </Space>
            {origin === 'REPOST' && <RepostSourceFields />}
            {submitProblem && (
              <SubmitProblemAlert
                problem={submitProblem}
                acknowledging={submitting.isPending}
                onAcknowledge={() => submit(true)}
              />
            )}
            <Form.Item>
              <Space wrap>
                <Button loading={checking.isPending} onClick={() => checking.mutate(values())}>
                  检查
                </Button>
                <Button htmlType="submit" loading={saving.isPending}>
                  保存草稿
                </Button>
                <Button type="primary" loading={submitting.isPending} onClick={() => submit(false)}>
                  提交审核
                </Button>
                <DraftCancelButton draft={draft} />
              </Space>
            </Form.Item>
          </Form>
        </Col>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title="自动检查"
            extra={
              check &&
              check.deidentifiedBody !== checkedBody && (
                <Button
                  size="small"
                  onClick={() => {
                    const body = check.deidentifiedBody;
                    form.setFieldValue('body', body);
                    draft.remember();
                    // offsets change with the masking: check the new body again
                    checking.mutate({ ...values(), body });
                    void message.success('已对正文中的个人信息脱敏');
                  }}
                >
                  一键脱敏
                </Button>
              )
            }
          >
            <CheckSummary check={check} findings={findings} body={checkedBody} html={!plainText} />
          </Card>
        </Col>
      </Row>
    </Card>
  );
}
