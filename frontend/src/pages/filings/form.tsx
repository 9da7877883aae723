import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Radio,
  Result,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { api, ApiError, unwrap } from '../../api/http';
import type {
  AccountChanges,
  AccountDetails,
  AccountResponse,
  FilingRequest,
  FilingType,
} from '../../api/types';
import {
  BASIS_TYPE_LABELS,
  FILING_TYPE_LABELS,
  FUNCTION_LABELS,
  labelOf,
  OPERATOR_TYPE_LABELS,
  optionsOf,
  PLATFORM_LABELS,
} from '../../locales/zh-CN';
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

interface Values {
  // OPEN / CHANGE
  platform?: AccountDetails['platform'];
  name?: string;
  certificationSubject?: string;
  platformAccountId?: string;
  avatarUrl?: string;
  responsiblePerson?: string;
  responsiblePhone?: string;
  operatorType?: AccountDetails['operatorType'];
  operatorName?: string;
  contractSignedOn?: Dayjs | null;
  confidentialitySignedOn?: Dayjs | null;
  functions?: AccountDetails['functions'];
  ipv6Supported?: boolean;
  offersNews?: boolean;
  offersAudioVideo?: boolean;
  licenceNumber?: string;
  legacy?: boolean;
  // CLOSE / CANCEL
  basisType?: NonNullable<FilingRequest['basis']>['type'];
  documentNumber?: string;
  decidedOn?: Dayjs | null;
  announcementStartsOn?: Dayjs | null;
  announcementEndsOn?: Dayjs | null;
}

const TYPES: Record<string, FilingType> = {
  open: 'OPEN',
  change: 'CHANGE',
  close: 'CLOSE',
  cancel: 'CANCEL',
};

function text(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

function accountInput(values: Values): AccountRuleInput {
  return {
    ...values,
    contractSignedOn: toIsoDate(values.contractSignedOn),
    confidentialitySignedOn: toIsoDate(values.confidentialitySignedOn),
  };
}

function closureInput(values: Values, earliestEnd: string | undefined): ClosureRuleInput {
  return {
    basisType: values.basisType,
    documentNumber: values.documentNumber,
    decidedOn: toIsoDate(values.decidedOn),
    announcementStartsOn: toIsoDate(values.announcementStartsOn),
    announcementEndsOn: toIsoDate(values.announcementEndsOn),
    earliestEnd,
  };
}

/** The account fields both OPEN and CHANGE file. */
function changesOf(values: Values): AccountChanges {
  const contracted = values.operatorType === 'CONTRACTED';
  const licensed = values.offersNews || values.offersAudioVideo;
  return {
    name: text(values.name),
    certificationSubject: text(values.certificationSubject),
    platformAccountId: text(values.platformAccountId),
    responsiblePerson: text(values.responsiblePerson),
    responsiblePhone: text(values.responsiblePhone),
    operatorType: values.operatorType,
    operatorName: text(values.operatorName),
    contractSignedOn: contracted ? toIsoDate(values.contractSignedOn) : undefined,
    confidentialitySignedOn: contracted ? toIsoDate(values.confidentialitySignedOn) : undefined,
    functions: values.functions ?? [],
    ipv6Supported: values.ipv6Supported ?? false,
    offersNews: values.offersNews ?? false,
    offersAudioVideo: values.offersAudioVideo ?? false,
    licenceNumber: licensed ? text(values.licenceNumber) : undefined,
  };
}

function initialOf(account: AccountResponse | undefined): Values {
  if (!account) return { operatorType: 'IN_HOUSE', functions: ['INFORMATION'], legacy: false };
  const date = (value: string | undefined) => (value ? dayjs(value) : null);
  return {
    platform: account.platform,
    name: account.name,
    certificationSubject: account.certificationSubject,
    platformAccountId: account.platformAccountId,
    responsiblePerson: account.responsiblePerson,
    responsiblePhone: account.responsiblePhone,
    operatorType: account.operatorType,
    operatorName: account.operatorName,
    contractSignedOn: date(account.contractSignedOn),
    confidentialitySignedOn: date(account.confidentialitySignedOn),
    functions: account.functions,
    ipv6Supported: account.ipv6Supported ?? false,
    offersNews: account.offersNews,
    offersAudioVideo: account.offersAudioVideo,
    licenceNumber: account.licenceNumber,
  };
}

/** Maps a server field path (account.name, basis.documentNumber, …) to a form field. */
function formFieldOf(field: string | undefined): keyof Values | undefined {
  if (!field) return undefined;
  const known: Record<string, keyof Values> = {
    'basis.type': 'basisType',
    'basis.documentNumber': 'documentNumber',
    'basis.decidedOn': 'decidedOn',
    basis: 'basisType',
  };
  if (known[field]) return known[field];
  const name = field.replace(/^(account|changes)\./, '');
  const fields: (keyof Values)[] = [
    'platform',
    'name',
    'certificationSubject',
    'platformAccountId',
    'avatarUrl',
    'responsiblePerson',
    'responsiblePhone',
    'operatorType',
    'operatorName',
    'contractSignedOn',
    'confidentialitySignedOn',
    'functions',
    'ipv6Supported',
    'licenceNumber',
    'legacy',
    'announcementStartsOn',
    'announcementEndsOn',
  ];
  return fields.find((candidate) => candidate === name);
}

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
    <Card
      title={
        <Space>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label="返回"
            onClick={() => void navigate(-1)}
          />
          {title}
        </Space>
      }
    >
      <Form<Values>
        form={form}
        name="filing"
        layout="vertical"
        style={{ maxWidth: 720 }}
        initialValues={type === 'OPEN' ? initialOf(undefined) : initialOf(account.data)}
        onFinish={(values) => mutation.mutate(values)}
        scrollToFirstError
      >
        {(type === 'OPEN' || type === 'CHANGE') && (
          <>
            {type === 'CHANGE' && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                title="只提交改动的字段，主管单位通过后生效"
              />
            )}
            {type === 'OPEN' && (
              <Form.Item name="platform" label="平台" rules={[accountRule('platform')]} required>
                <Select options={optionsOf(PLATFORM_LABELS)} placeholder="请选择平台" />
              </Form.Item>
            )}
            <Form.Item name="name" label="账号名称" rules={[accountRule('name')]} required>
              <Input maxLength={100} showCount />
            </Form.Item>
            <Form.Item
              name="certificationSubject"
              label="认证主体"
              extra="平台上显示的认证主体应为主办单位（《办法》第十四条）"
              rules={[accountRule('certificationSubject')]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="platformAccountId" label="平台账号 ID（原始 ID / UID）">
              <Input maxLength={100} />
            </Form.Item>
            {type === 'OPEN' && (
              <Form.Item
                name="avatarUrl"
                label="头像地址"
                rules={[{ pattern: /^https?:\/\/.*/, message: '请输入 http(s) 地址' }]}
              >
                <Input maxLength={500} />
              </Form.Item>
            )}
            <Space size="large" wrap>
              <Form.Item
                name="responsiblePerson"
                label="责任人"
                rules={[accountRule('responsiblePerson')]}
                required
              >
                <Input maxLength={50} style={{ width: 240 }} />
              </Form.Item>
              <Form.Item
                name="responsiblePhone"
                label="责任人电话"
                rules={[accountRule('responsiblePhone')]}
              >
                <Input maxLength={20} style={{ width: 240 }} />
              </Form.Item>
            </Space>
            <Form.Item
              name="operatorType"
              label="运维方式"
              rules={[accountRule('operatorType')]}
              required
            >
              <Radio.Group options={optionsOf(OPERATOR_TYPE_LABELS)} />
            </Form.Item>
            <Form.Item
              name="operatorName"
              label="运维单位"
              rules={[accountRule('operatorName')]}
              required
            >
              <Input maxLength={100} />
            </Form.Item>
            {operatorType === 'CONTRACTED' && (
              <Space size="large" wrap>
                <Form.Item
                  name="contractSignedOn"
                  label="合同签订日期"
                  rules={[accountRule('contractSignedOn')]}
                  dependencies={['operatorType']}
                  required
                >
                  <DatePicker />
                </Form.Item>
                <Form.Item
                  name="confidentialitySignedOn"
                  label="保密协议签订日期"
                  rules={[accountRule('confidentialitySignedOn')]}
                  dependencies={['operatorType']}
                  required
                >
                  <DatePicker />
                </Form.Item>
              </Space>
            )}
            <Form.Item name="functions" label="功能">
              <Checkbox.Group options={optionsOf(FUNCTION_LABELS)} />
            </Form.Item>
            {effectivePlatform === 'MOBILE_APP' && (
              <Form.Item
                name="ipv6Supported"
                valuePropName="checked"
                rules={[accountRule('ipv6Supported')]}
                dependencies={['platform']}
              >
                <Checkbox>支持 IPv6 访问（《办法》第十三条，必须勾选）</Checkbox>
              </Form.Item>
            )}
            <Space size="large" wrap>
              <Form.Item name="offersNews" valuePropName="checked">
                <Checkbox>提供新闻信息服务</Checkbox>
              </Form.Item>
              <Form.Item name="offersAudioVideo" valuePropName="checked">
                <Checkbox>提供网络视听节目服务</Checkbox>
              </Form.Item>
            </Space>
            {(offersNews || offersAudioVideo) && (
              <Form.Item
                name="licenceNumber"
                label="许可证编号"
                extra="新闻信息服务许可证或信息网络传播视听节目许可证（《办法》第二十五条）"
                rules={[accountRule('licenceNumber')]}
                dependencies={['offersNews', 'offersAudioVideo']}
                required
              >
                <Input maxLength={100} />
              </Form.Item>
            )}
            {type === 'OPEN' && (
              <Form.Item
                name="legacy"
                valuePropName="checked"
                extra={
                  legacy
                    ? '存量账号应在 20 个工作日内完成备案（《办法》第三十五条）'
                    : '本系统建立前已开设的账号请勾选'
                }
              >
                <Checkbox>存量账号补备案</Checkbox>
              </Form.Item>
            )}
          </>
        )}
        {closing && (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={`${labelOf(FILING_TYPE_LABELS, type)}须经集体决策或主要领导批准，并提前公告不少于 ${ANNOUNCEMENT_WORKING_DAYS} 个工作日（《办法》第十六条）`}
            />
            <Form.Item name="basisType" label="依据" rules={[closureRule('basisType')]} required>
              <Radio.Group options={optionsOf(BASIS_TYPE_LABELS)} />
            </Form.Item>
            <Space size="large" wrap>
              <Form.Item
                name="documentNumber"
                label="文号"
                rules={[closureRule('documentNumber')]}
                required
              >
                <Input maxLength={100} style={{ width: 280 }} placeholder="如 崇教体〔2026〕12号" />
              </Form.Item>
              <Form.Item
                name="decidedOn"
                label="决定日期"
                rules={[closureRule('decidedOn')]}
                required
              >
                <DatePicker />
              </Form.Item>
            </Space>
            <Space size="large" wrap align="start">
              <Form.Item
                name="announcementStartsOn"
                label="公告开始日期"
                rules={[closureRule('announcementStartsOn')]}
                required
              >
                <DatePicker />
              </Form.Item>
              <Form.Item
                name="announcementEndsOn"
                label="公告结束日期"
                rules={[closureRule('announcementEndsOn')]}
                dependencies={['announcementStartsOn']}
                required
                extra={
                  earliestEnd ? (
                    <span data-testid="earliest-end">
                      最早可于 {earliestEnd} 结束（{ANNOUNCEMENT_WORKING_DAYS} 个工作日）
                      {workingDays.data && !workingDays.data.calendarComplete && (
                        <Typography.Text type="warning">，{workingDays.data.note}</Typography.Text>
                      )}
                    </span>
                  ) : startIso && workingDays.isFetching ? (
                    '正在计算最早结束日期…'
                  ) : (
                    '先选择开始日期'
                  )
                }
              >
                <DatePicker />
              </Form.Item>
            </Space>
          </>
        )}
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={mutation.isPending}>
              提交备案
            </Button>
            <Button onClick={() => void navigate(-1)}>取消</Button>
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
