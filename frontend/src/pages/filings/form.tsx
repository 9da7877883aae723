import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Result, Skeleton, Space } from 'antd';
import { DraftCancelButton } from '../../components/DraftCancelButton';
import type { Rule } from 'antd/es/form';
import { useEffect } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { api, ApiError, unwrap } from '../../api/http';
import type { AccountChanges, FilingRequest, FilingType } from '../../api/types';
import { FILING_TYPE_LABELS, labelOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { toIsoDate } from '../../utils/dates';
import { accountKeys, useAccount } from '../accounts/queries';
import { filingKeys } from './queries';
import {
  accountErrors,
  ANNOUNCEMENT_WORKING_DAYS,
  changedFields,
  closureErrors,
  type AccountRuleInput,
  type ClosureRuleInput,
} from './rules';
import {
  type Values,
  TYPES,
  text,
  accountInput,
  closureInput,
  changesOf,
  initialOf,
  formFieldOf,
} from './formValues';
import { AccountFields } from './accountFields';
import { ClosureFields } from './closureFields';
import { BackTitle } from '../../components/BackTitle';
import { DraftNotice } from '../../components/DraftNotice';
import { useDraft } from '../../components/useDraft';

/** 新建开设 / 变更 / 关停 / 注销备案 (/filings/new/:type, ?accountId= for all but OPEN). */
export function FilingForm() {
  const params = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const type = TYPES[params.type ?? ''] as FilingType | undefined;
  const accountId = search.get('accountId') ? Number(search.get('accountId')) : undefined;
  const needsAccount = type !== undefined && type !== 'OPEN';
  const account = useAccount(needsAccount ? accountId : undefined);
  const draft = useDraft(form, {
    name: `filing-${params.type ?? ''}`,
    id: accountId,
    ready: type !== undefined && (!needsAccount || account.data !== undefined),
  });

  const platform = Form.useWatch('platform', form);
  const operatorType = Form.useWatch('operatorType', form);
  const offersNews = Form.useWatch('offersNews', form);
  const offersAudioVideo = Form.useWatch('offersAudioVideo', form);
  const legacy = Form.useWatch('legacy', form);
  const start = Form.useWatch('announcementStartsOn', form);
  const startIso = toIsoDate(start);
  const closing = type === 'CLOSE' || type === 'CANCEL';

  const workingDays = useQuery({
    queryKey: ['calendar', 'working-days', startIso, ANNOUNCEMENT_WORKING_DAYS],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/calendar/working-days', {
          params: { query: { from: startIso ?? '', days: ANNOUNCEMENT_WORKING_DAYS } },
        }),
      ),
    enabled: closing && startIso !== undefined,
  });
  const earliestEnd = startIso ? workingDays.data?.date : undefined;

  useEffect(() => {
    if (earliestEnd && form.getFieldValue('announcementEndsOn'))
      void form.validateFields(['announcementEndsOn']).catch(() => undefined);
  }, [earliestEnd, form]);

  const mutation = useMutation({
    mutationFn: (values: Values) => {
      let body: FilingRequest;
      if (type === 'OPEN') {
        body = {
          type,
          legacy: values.legacy ?? false,
          foundOn: values.legacy ? toIsoDate(values.foundOn) : undefined,
          account: {
            ...changesOf(values),
            platform: values.platform ?? 'OTHER',
            name: text(values.name) ?? '',
            responsiblePerson: text(values.responsiblePerson) ?? '',
            operatorType: values.operatorType ?? 'IN_HOUSE',
            operatorName: text(values.operatorName) ?? '',
            avatarUrl: text(values.avatarUrl),
          },
        };
      } else if (type === 'CHANGE') {
        body = {
          type,
          accountId,
          changes: changedFields<AccountChanges>(
            changesOf(initialOf(account.data)),
            changesOf(values),
          ),
        };
      } else {
        body = {
          type: type ?? 'CLOSE',
          accountId,
          basis: {
            type: values.basisType ?? 'COLLECTIVE_DECISION',
            documentNumber: text(values.documentNumber) ?? '',
            decidedOn: toIsoDate(values.decidedOn) ?? '',
          },
          announcementStartsOn: toIsoDate(values.announcementStartsOn),
          announcementEndsOn: toIsoDate(values.announcementEndsOn),
        };
      }
      return unwrap(api.POST('/api/v1/filings', { body }));
    },
    onSuccess: async (filing) => {
      draft.clear();
      void message.success(
        filing.warnings.length ? '备案已提交，请注意提示事项' : '备案已提交，等待主管单位审核',
      );
      await queryClient.invalidateQueries({ queryKey: filingKeys.all });
      await queryClient.invalidateQueries({ queryKey: accountKeys.all });
      void navigate(`/filings/${filing.id}`, { state: { warnings: filing.warnings } });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const fields = error.fieldErrors
        .map((violation) => ({
          name: formFieldOf(violation.field),
          errors: [violation.message ?? violation.code ?? '字段无效'],
        }))
        .filter((field): field is { name: keyof Values; errors: string[] } => !!field.name);
      form.setFields(fields);
    },
  });

  if (!type) return <Result status="404" title="未知的备案类型" />;
  if (needsAccount && accountId === undefined)
    return <Result status="warning" title="请从账号详情页发起此备案" />;
  if (needsAccount && account.isLoading) return <Skeleton active />;
  if (needsAccount && !account.data) return <Alert type="error" title="账号加载失败" />;

  const accountRule =
    (field: keyof AccountRuleInput): Rule =>
    ({ getFieldsValue }) => ({
      validator: () => {
        const error = accountErrors(accountInput(getFieldsValue(true) as Values))[field];
        return error ? Promise.reject(new Error(error)) : Promise.resolve();
      },
    });
  const closureRule =
    (field: keyof ClosureRuleInput): Rule =>
    ({ getFieldsValue }) => ({
      validator: () => {
        const error = closureErrors(closureInput(getFieldsValue(true) as Values, earliestEnd))[
          field
        ];
        return error ? Promise.reject(new Error(error)) : Promise.resolve();
      },
    });
  const effectivePlatform = type === 'OPEN' ? platform : account.data?.platform;
  const title =
    type === 'OPEN'
      ? '新建开设备案'
      : `${labelOf(FILING_TYPE_LABELS, type)}备案：${account.data?.name ?? ''}（${labelOf(
          PLATFORM_LABELS,
          account.data?.platform,
        )}）`;

  return (
    <Card title={<BackTitle to={-1}>{title}</BackTitle>}>
      <DraftNotice draft={draft} />
      <Form<Values>
        form={form}
        name="filing"
        layout="vertical"
        style={{ maxWidth: 720 }}
        initialValues={type === 'OPEN' ? initialOf(undefined) : initialOf(account.data)}
        onValuesChange={draft.remember}
        onFinish={(values) => mutation.mutate(values)}
        scrollToFirstError
      >
        {(type === 'OPEN' || type === 'CHANGE') && (
          <AccountFields
            type={type}
            accountRule={accountRule}
            operatorType={operatorType}
            effectivePlatform={effectivePlatform}
            offersNews={offersNews}
            offersAudioVideo={offersAudioVideo}
            legacy={legacy}
          />
        )}
        {closing && (
          <ClosureFields
            type={type}
            closureRule={closureRule}
            earliestEnd={earliestEnd}
            startIso={startIso}
            calculation={workingDays.data}
            calculating={workingDays.isFetching}
          />
        )}
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={mutation.isPending}>
              提交备案
            </Button>
            <DraftCancelButton draft={draft} />
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
