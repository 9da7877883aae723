import {
  Alert,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApiMutation } from '../../components/kit';
import type { SampledAccount } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { BackTitle } from '../../components/BackTitle';
import { SPOT_CHECK_RESULT_LABELS, SPOT_CHECK_STATUS_LABELS } from '../../locales/supervision';
import { labelOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { FindingDialog } from './findingDialog';
import { NoticeActions } from '../supervision/notice';
import { supervisionKeys } from '../supervision/keys';
import { closeSpotCheck, releaseSpotCheckNotice, useSpotCheck } from './queries';
import { chinesePart } from './values';
import { WithdrawButton } from './withdrawDialog';
import { PersonName } from '../../components/PersonName';

function ResultTag({ result }: { result?: string }) {
  if (!result) return <>—</>;
  return (
    <Tag color={result === 'PASS' ? 'green' : 'red'}>
      {labelOf(SPOT_CHECK_RESULT_LABELS, result)}
    </Tag>
  );
}

/** 结束抽查 (CITY_ADMIN): each sampled account gets its result, no more findings afterwards. */
function CloseButton({ checkId }: { checkId: number }) {
  const close = useApiMutation({
    mutationFn: () => closeSpotCheck(checkId),
    success: '抽查已结束，已判定各账号结果',
    invalidates: [supervisionKeys.all],
  });
  return (
    <Popconfirm
      title="结束抽查"
      description="结束后按检查项判定每个账号合格或不合格，不能再记录问题。"
      okText="结束"
      cancelText="取消"
      onConfirm={() => close.mutate()}
    >
      <Button danger loading={close.isPending}>
        结束抽查
      </Button>
    </Popconfirm>
  );
}

/** 公开发布 (Art 32.6): the closed check's notice goes to the public site. */
function ReleaseButton({ checkId }: { checkId: number }) {
  const release = useApiMutation({
    mutationFn: () => releaseSpotCheckNotice(checkId),
    success: '通报已公开发布',
    invalidates: [supervisionKeys.all],
  });
  return (
    <Popconfirm
      title="公开发布通报"
      description="发布抽查结果及发现问题（不含问题描述等个人信息），发布后不可撤回。"
      okText="发布"
      cancelText="取消"
      onConfirm={() => release.mutate()}
    >
      <Button loading={release.isPending}>公开发布通报</Button>
    </Popconfirm>
  );
}

/** 抽查详情 (/supervision/spot-checks/:id): seed and method, the sample, findings and results. */
export function SpotCheckShow() {
  const id = Number(useParams().id);
  const { access } = useCurrentUser();
  const check = useSpotCheck(id);
  const [recording, setRecording] = useState<SampledAccount>();

  if (check.isLoading) return <Skeleton active />;
  if (!check.data) return <Alert type="error" title="抽查加载失败" />;
  const c = check.data;
  const open = c.status === 'OPEN';

  const columns: TableProps<SampledAccount>['columns'] = [
    { title: '序号', dataIndex: 'position', width: 64, render: (p: number) => p + 1 },
    {
      title: '账号',
      dataIndex: 'accountName',
      render: (name: string, row) => <Link to={`/accounts/${row.accountId}`}>{name}</Link>,
    },
    { title: '平台', dataIndex: 'platform', render: (v: string) => labelOf(PLATFORM_LABELS, v) },
    { title: '主办单位', dataIndex: 'hostOrganizationName' },
    { title: c.cityWide ? '分层（县区）' : '分层（直属单位）', dataIndex: 'stratumName' },
    { title: '问题数', dataIndex: 'findings', align: 'right' },
    { title: '结果', dataIndex: 'result', render: (v?: string) => <ResultTag result={v} /> },
    ...(open && access.canRecordFindings
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, row: SampledAccount) => (
              <Button size="small" type="primary" onClick={() => setRecording(row)}>
                记录问题
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <BackTitle to="/supervision/spot-checks">
            {c.organizationName} {c.quarter} 季度抽查
          </BackTitle>
        }
        extra={
          open
            ? access.canRunSpotChecks && (
                <Space>
                  {c.accounts.every((a) => !a.findings) && <WithdrawButton checkId={c.id} />}
                  <CloseButton checkId={c.id} />
                </Space>
              )
            : c.status === 'CLOSED' && access.canReleaseNotices && <ReleaseButton checkId={c.id} />
        }
      >
        <Descriptions column={{ xs: 1, lg: 2 }} size="small" data-testid="spot-check-details">
          <Descriptions.Item label="状态">
            <Tag color={open ? 'processing' : 'default'}>
              {labelOf(SPOT_CHECK_STATUS_LABELS, c.status)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="随机种子">
            <Typography.Text copyable data-testid="spot-check-seed">
              {String(c.seed)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="样本">
            {c.accounts.length} 个（总体 {c.population} 个正常运行账号，比例不低于 {c.samplePercent}
            %）
          </Descriptions.Item>
          <Descriptions.Item label="发起">
            <PersonName username={c.createdBy} /> · {formatTime(c.createdAt)}
          </Descriptions.Item>
          {c.status === 'WITHDRAWN' ? (
            <Descriptions.Item label="撤回">
              <PersonName username={c.withdrawnBy} /> · {formatTime(c.withdrawnAt)} · 理由：
              {c.withdrawnReason}
            </Descriptions.Item>
          ) : (
            <Descriptions.Item label="结束时间">{formatTime(c.closedAt)}</Descriptions.Item>
          )}
          <Descriptions.Item label="抽样方法" span={{ xs: 1, lg: 2 }}>
            {chinesePart(c.samplingMethod)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {access.canIssueSpotCheckNotices && (
        <NoticeActions
          title="季度抽查情况通报"
          request={{ kind: 'SPOT_CHECK_NOTICE', spotCheckId: c.id }}
        />
      )}
      <Card title="抽中账号">
        <Table<SampledAccount>
          rowKey="accountId"
          size="middle"
          aria-label="抽中账号"
          columns={columns}
          dataSource={c.accounts}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
        />
      </Card>
      {recording && (
        <FindingDialog checkId={c.id} account={recording} onClose={() => setRecording(undefined)} />
      )}
    </Space>
  );
}
