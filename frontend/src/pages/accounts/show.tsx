import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Row,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/http';
import type { AuditTrailEntry } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  ACCOUNT_STATUS_COLORS,
  ACCOUNT_STATUS_LABELS,
  FUNCTION_LABELS,
  labelOf,
  OPERATOR_TYPE_LABELS,
  PLATFORM_LABELS,
} from '../../locales/zh-CN';
import { formatDate, formatTime } from '../../utils/dates';
import { useFilings } from '../filings/queries';
import { FilingTable } from '../filings/table';
import { CredentialHolders } from './holders';
import { accountKeys, useAccount } from './queries';
import { BackTitle } from '../../components/BackTitle';
import { ContactDialog } from './contactDialog';
import { PersonName } from '../../components/PersonName';
import { ChangeList } from '../../components/ChangeList';

const ACTION_LABELS: Record<string, string> = {
  REGISTER: '登记（提交开设备案）',
  ACTIVATE: '开通（开设备案通过）',
  UPDATE: '修改',
  CHANGE: '变更（变更备案通过）',
  START_CLOSING: '开始关停 / 注销公告',
  CLOSE: '关停 / 注销',
  WITHDRAW: '撤销登记（开设备案被退回）',
  SET_CREDENTIAL_HOLDERS: '设置密码保管人',
};

function yesNo(value: boolean | undefined): string {
  return value ? '是' : '否';
}

function History({ entries }: { entries: AuditTrailEntry[] }) {
  if (!entries.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />;
  return (
    <Timeline
      data-testid="account-history"
      items={entries.map((entry, index) => ({
        key: index,
        content: (
          <div>
            <Space wrap>
              <Typography.Text strong>{labelOf(ACTION_LABELS, entry.action)}</Typography.Text>
              <PersonName username={entry.actor} />
              <Typography.Text type="secondary">{formatTime(entry.occurredAt)}</Typography.Text>
            </Space>
            {entry.after !== undefined && entry.after !== null && (
              <details>
                <summary>变更内容</summary>
                <ChangeList before={entry.before} after={entry.after} label="变更内容" />
              </details>
            )}
          </div>
        ),
      }))}
    />
  );
}

/** One account: its register entry, filings, history and credential holders. */
export function AccountShow() {
  const { id } = useParams();
  const accountId = Number(id);
  const navigate = useNavigate();
  const { access } = useCurrentUser();
  const { data: account, isLoading, isError } = useAccount(accountId);
  const filings = useFilings({ accountId, page: 1, size: 50, sort: 'submittedAt,desc' });
  const history = useQuery({
    queryKey: accountKeys.history(accountId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts/{id}/history', { params: { path: { id: accountId } } })),
    enabled: Number.isFinite(accountId),
  });
  const [editing, setEditing] = useState(false);
  const pendingFiling = filings.data?.items.some((filing) => filing.status === 'SUBMITTED');

  const file = (kind: 'change' | 'close' | 'cancel') =>
    void navigate(`/filings/new/${kind}?accountId=${accountId}`);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <BackTitle to={'/accounts'}>
            {account?.name ?? '账号'}
            {account && (
              <Tag color={ACCOUNT_STATUS_COLORS[account.status]} data-testid="account-status">
                {labelOf(ACCOUNT_STATUS_LABELS, account.status)}
              </Tag>
            )}
          </BackTitle>
        }
        extra={
          account?.status === 'ACTIVE' && (
            <Space>
              {access.canEditAccounts && (
                <Button onClick={() => setEditing(true)}>修改非备案信息</Button>
              )}
              {access.canSubmitFilings && (
                <>
                  <Button onClick={() => file('change')} disabled={pendingFiling}>
                    变更备案
                  </Button>
                  <Button onClick={() => file('close')} disabled={pendingFiling}>
                    关停备案
                  </Button>
                  <Button danger onClick={() => file('cancel')} disabled={pendingFiling}>
                    注销备案
                  </Button>
                </>
              )}
            </Space>
          )
        }
      >
        {isLoading && <Skeleton active />}
        {isError && <Alert type="error" title="账号加载失败" />}
        {account && (
          <Descriptions bordered size="small" column={2} data-testid="account-details">
            <Descriptions.Item label="平台">
              {labelOf(PLATFORM_LABELS, account.platform)}
            </Descriptions.Item>
            <Descriptions.Item label="平台账号 ID">
              {account.platformAccountId ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label="主办单位">{account.hostOrganizationName}</Descriptions.Item>
            <Descriptions.Item label="认证主体">
              {account.certificationSubject ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label="责任人">{account.responsiblePerson}</Descriptions.Item>
            <Descriptions.Item label="责任人电话">
              {account.responsiblePhone ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label="运维方式">
              {labelOf(OPERATOR_TYPE_LABELS, account.operatorType)}
            </Descriptions.Item>
            <Descriptions.Item label="运维单位">{account.operatorName}</Descriptions.Item>
            {account.operatorType === 'CONTRACTED' && (
              <>
                <Descriptions.Item label="合同签订日期">
                  {formatDate(account.contractSignedOn)}
                </Descriptions.Item>
                <Descriptions.Item label="保密协议签订日期">
                  {formatDate(account.confidentialitySignedOn)}
                </Descriptions.Item>
              </>
            )}
            <Descriptions.Item label="功能">
              {account.functions.map((f) => labelOf(FUNCTION_LABELS, f)).join('、') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="支持 IPv6">{yesNo(account.ipv6Supported)}</Descriptions.Item>
            <Descriptions.Item label="提供新闻信息">{yesNo(account.offersNews)}</Descriptions.Item>
            <Descriptions.Item label="提供网络视听">
              {yesNo(account.offersAudioVideo)}
            </Descriptions.Item>
            <Descriptions.Item label="许可证编号">{account.licenceNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="头像">
              {account.avatarUrl ? (
                <a href={account.avatarUrl} target="_blank" rel="noreferrer">
                  {account.avatarUrl}
                </a>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label="开通日期">
              {formatDate(account.activatedOn)}
            </Descriptions.Item>
            <Descriptions.Item label="状态变更日期">
              {formatDate(account.statusChangedOn)}
            </Descriptions.Item>
            {account.closesOn && (
              <Descriptions.Item label="关停日期">{formatDate(account.closesOn)}</Descriptions.Item>
            )}
            {account.endedOn && (
              <Descriptions.Item label="终止日期">{formatDate(account.endedOn)}</Descriptions.Item>
            )}
            <Descriptions.Item label="登记时间">{formatTime(account.createdAt)}</Descriptions.Item>
            <Descriptions.Item label="更新时间">{formatTime(account.updatedAt)}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      <Card size="small" title="备案记录">
        <FilingTable filings={filings.data?.items ?? []} loading={filings.isFetching} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card size="small" title="变更历史">
            {history.isLoading ? <Skeleton active /> : <History entries={history.data ?? []} />}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          {account && <CredentialHolders account={account} canEdit={access.canManageStaff} />}
          {editing && account && (
            <ContactDialog account={account} onClose={() => setEditing(false)} />
          )}
        </Col>
      </Row>
    </Space>
  );
}
