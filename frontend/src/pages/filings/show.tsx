import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { AccountChanges } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  BASIS_TYPE_LABELS,
  FILING_STATUS_COLORS,
  FILING_STATUS_LABELS,
  FILING_TYPE_LABELS,
  FUNCTION_LABELS,
  labelOf,
  OPERATOR_TYPE_LABELS,
  PLATFORM_LABELS,
} from '../../locales/zh-CN';
import { formatDate, formatTime } from '../../utils/dates';
import { DecisionDialog } from './decide';
import { downloadRegistrationForm, useFiling } from './queries';
import { DeadlineCell } from './deadlineCell';
import { BackTitle } from '../../components/BackTitle';
import { AssumedWeekdaysNote } from '../calendar/assumed';
import { PersonName } from '../../components/PersonName';

const CHANGE_LABELS: Record<keyof AccountChanges, string> = {
  name: '账号名称',
  certificationSubject: '认证主体',
  platformAccountId: '平台账号 ID',
  responsiblePerson: '责任人',
  responsiblePhone: '责任人电话',
  operatorType: '运维方式',
  operatorName: '运维单位',
  contractSignedOn: '合同签订日期',
  confidentialitySignedOn: '保密协议签订日期',
  functions: '功能',
  ipv6Supported: '支持 IPv6',
  offersNews: '提供新闻信息',
  offersAudioVideo: '提供网络视听',
  licenceNumber: '许可证编号',
};

function changeValue(key: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.map((v) => labelOf(FUNCTION_LABELS, String(v))).join('、');
  if (key === 'operatorType') return labelOf(OPERATOR_TYPE_LABELS, String(value));
  return String(value);
}

/** 《政务新媒体备案登记表》 (Art 15) for printing or sending on. */
function RegistrationFormButtons({ filingId }: { filingId: number }) {
  const { message } = App.useApp();
  const download = (format: 'PDF' | 'XLSX') =>
    void downloadRegistrationForm(filingId, format).catch(() => message.error('下载失败'));
  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => download('PDF')}>
        登记表 PDF
      </Button>
      <Button icon={<DownloadOutlined />} onClick={() => download('XLSX')}>
        登记表 Excel
      </Button>
    </>
  );
}

/** One filing: what was filed, the deadline, the decision; 审核 for the competent authority. */
export function FilingShow() {
  const { id } = useParams();
  const location = useLocation();
  const { access } = useCurrentUser();
  const [deciding, setDeciding] = useState(false);
  const { data: filing, isLoading, isError } = useFiling(Number(id));
  const submittedWarnings = (location.state as { warnings?: string[] } | null)?.warnings;
  const warnings = submittedWarnings?.length ? submittedWarnings : (filing?.warnings ?? []);

  return (
    <Card
      title={
        <BackTitle to={'/filings'}>
          {filing
            ? `${labelOf(FILING_TYPE_LABELS, filing.type)}备案：${filing.accountName}`
            : '备案'}
        </BackTitle>
      }
      extra={
        <Space>
          {filing && <RegistrationFormButtons filingId={filing.id} />}
          {access.canDecideFilings && filing?.status === 'SUBMITTED' && (
            <Button type="primary" onClick={() => setDeciding(true)}>
              审核
            </Button>
          )}
        </Space>
      }
    >
      {isLoading && <Skeleton active />}
      {isError && <Alert type="error" title="备案加载失败" />}
      {filing && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title="请注意"
              data-testid="filing-warnings"
              description={warnings.map((warning) => (
                <div key={warning}>{warning}</div>
              ))}
            />
          )}
          <Descriptions bordered size="small" column={2} data-testid="filing-details">
            <Descriptions.Item label="账号">
              <Link to={`/accounts/${filing.accountId}`}>{filing.accountName}</Link>
            </Descriptions.Item>
            <Descriptions.Item label="平台">
              {labelOf(PLATFORM_LABELS, filing.platform)}
            </Descriptions.Item>
            <Descriptions.Item label="备案类型">
              {labelOf(FILING_TYPE_LABELS, filing.type)}
              {filing.legacy && <Tag style={{ marginLeft: 8 }}>存量账号（第三十五条）</Tag>}
            </Descriptions.Item>
            {filing.hostDeadline && (
              <Descriptions.Item label="主办单位补备案期限">
                {filing.hostDeadline}
                {filing.legacyFoundOn && `（${filing.legacyFoundOn} 发现）`}
                <AssumedWeekdaysNote date={filing.hostDeadline} />
                {filing.filedLate && (
                  <Tag color="red" style={{ marginLeft: 8 }}>
                    逾期补备案
                  </Tag>
                )}
              </Descriptions.Item>
            )}
            <Descriptions.Item label="状态">
              <Tag color={FILING_STATUS_COLORS[filing.status]}>
                {labelOf(FILING_STATUS_LABELS, filing.status)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label="主办单位">{filing.hostOrganizationName}</Descriptions.Item>
            <Descriptions.Item label="主管单位">
              {filing.authorityOrganizationName}
            </Descriptions.Item>
            <Descriptions.Item label="提交人">
              <PersonName username={filing.submittedBy} />
            </Descriptions.Item>
            <Descriptions.Item label="提交时间">{formatTime(filing.submittedAt)}</Descriptions.Item>
            <Descriptions.Item label="收到日期">{formatDate(filing.receivedOn)}</Descriptions.Item>
            <Descriptions.Item label="省级备案期限">
              <DeadlineCell filing={filing} />
            </Descriptions.Item>
            {(filing.type === 'CLOSE' || filing.type === 'CANCEL') && (
              <>
                <Descriptions.Item label="依据">
                  {labelOf(BASIS_TYPE_LABELS, filing.basisType)} {filing.basisDocumentNumber}（
                  {formatDate(filing.basisDecidedOn)}）
                </Descriptions.Item>
                <Descriptions.Item label="公告期">
                  {formatDate(filing.announcementStartsOn)} 至{' '}
                  {formatDate(filing.announcementEndsOn)}
                </Descriptions.Item>
              </>
            )}
            {filing.status !== 'SUBMITTED' && (
              <>
                <Descriptions.Item label="审核人">{filing.decidedBy ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="审核时间">
                  {formatTime(filing.decidedAt)}
                </Descriptions.Item>
                <Descriptions.Item label="审核意见" span={2}>
                  {filing.decisionReason ?? '—'}
                </Descriptions.Item>
              </>
            )}
            {(filing.receiptNumber || filing.deliveredAt) && (
              <>
                <Descriptions.Item label="省级回执号">
                  {filing.receiptNumber ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label="已报送省级系统">
                  <Tag color="success" data-testid="filing-delivered">
                    已报送 {formatTime(filing.deliveredAt)}
                  </Tag>
                </Descriptions.Item>
              </>
            )}
          </Descriptions>
          {filing.changes && Object.keys(filing.changes).length > 0 && (
            <Descriptions title="变更内容" bordered size="small" column={1}>
              {Object.entries(filing.changes)
                .filter(([, value]) => value !== undefined && value !== null)
                .map(([key, value]) => (
                  <Descriptions.Item
                    key={key}
                    label={CHANGE_LABELS[key as keyof AccountChanges] ?? key}
                  >
                    {changeValue(key, value)}
                  </Descriptions.Item>
                ))}
            </Descriptions>
          )}
        </Space>
      )}
      {deciding && filing && <DecisionDialog filing={filing} onClose={() => setDeciding(false)} />}
    </Card>
  );
}
