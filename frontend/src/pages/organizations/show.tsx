import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Skeleton, Tag } from 'antd';
import { Suspense, useState } from 'react';
import dayjs from 'dayjs';
import type { OrganizationResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { labelOf, levelLabel, OBLIGATION_LABELS, typeLabel } from '../../locales/zh-CN';
import { ObligationDialog, SignerDialog } from './dialogs';
import { signerText, useOrganization, useSignOffDesignation } from './queries';

function formatTime(value: string | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm:ss') : '—';
}

interface Props {
  id: number | undefined;
  canEdit: boolean;
  onClose: () => void;
  onEdit: (organization: OrganizationResponse) => void;
}

/** Details of one organization (GET /api/v1/organizations/{id}) in a side drawer. */
export function OrganizationShow({ id, canEdit, onClose, onEdit }: Props) {
  const { data, isLoading, isError } = useOrganization(id);
  const caller = useCurrentUser();
  const { access } = caller;
  const [settingObligation, setSettingObligation] = useState(false);
  const [designating, setDesignating] = useState(false);
  const hosts = data !== undefined && data.type !== 'INTERNAL_UNIT';
  const designation = useSignOffDesignation(hosts ? id : undefined);
  const mayDesignate =
    access.canDesignateSigner &&
    (caller.roles.some((role) => role !== 'PRINCIPAL_LEADER') ||
      caller.organizationCode === data?.code);
  return (
    <Drawer
      title={data?.name ?? '单位详情'}
      open={id !== undefined}
      onClose={onClose}
      size={520}
      extra={
        canEdit && data ? (
          <Button type="primary" icon={<EditOutlined />} onClick={() => onEdit(data)}>
            编辑
          </Button>
        ) : null
      }
    >
      {isLoading && <Skeleton active />}
      {isError && <Alert type="error" title="单位详情加载失败" />}
      {data && (
        <Descriptions column={1} bordered size="small" data-testid="organization-details">
          <Descriptions.Item label="名称">{data.name}</Descriptions.Item>
          <Descriptions.Item label="简称">{data.shortName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="编码">{data.code}</Descriptions.Item>
          <Descriptions.Item label="类型">
            <Tag>{typeLabel(data.type)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="级别">{levelLabel(data.level)}</Descriptions.Item>
          <Descriptions.Item label="行政区划代码">{data.divisionCode}</Descriptions.Item>
          <Descriptions.Item label="统一社会信用代码">{data.creditCode ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="主管单位">
            {data.competentAuthorityName ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label="开设义务">
            {labelOf(OBLIGATION_LABELS, data.accountObligation)}
            {data.obligationReason && `（${data.obligationReason}）`}
            {access.canSetObligation && (
              <Button type="link" size="small" onClick={() => setSettingObligation(true)}>
                调整
              </Button>
            )}
          </Descriptions.Item>
          {hosts && (
            <Descriptions.Item label="一般信息签发人">
              {designation.isSuccess ? signerText(designation.data) : '—'}
              {mayDesignate && designation.isSuccess && (
                <Button type="link" size="small" onClick={() => setDesignating(true)}>
                  指定
                </Button>
              )}
            </Descriptions.Item>
          )}
          <Descriptions.Item label="层级">{data.depth}</Descriptions.Item>
          <Descriptions.Item label="排序">{data.sortOrder}</Descriptions.Item>
          <Descriptions.Item label="创建时间">{formatTime(data.createdAt)}</Descriptions.Item>
          <Descriptions.Item label="更新时间">{formatTime(data.updatedAt)}</Descriptions.Item>
        </Descriptions>
      )}
      <Suspense fallback={null}>
        {designating && data && designation.isSuccess && (
          <SignerDialog
            organization={data}
            designation={designation.data}
            onClose={() => setDesignating(false)}
          />
        )}
        {settingObligation && data && (
          <ObligationDialog organization={data} onClose={() => setSettingObligation(false)} />
        )}
      </Suspense>
    </Drawer>
  );
}
