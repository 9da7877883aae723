import { Space, Tag } from 'antd';
import { useState } from 'react';
import type { SecurityCheck } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  FilterForm,
  PagedTable,
  param,
  usePagedList,
  OrganizationFilter,
  AddButton,
} from '../../components/kit';
import { labelOf, RECTIFICATION_STATUS_LABELS } from '../../locales/zh-CN';
import { CHECK_AREA_LABELS } from '../../locales/security';
import { CheckDialog } from './checkDialog';
import { useSecurityChecks } from './queries';

type Finding = SecurityCheck['findings'][number];

function FindingLine({ finding }: { finding: Finding }) {
  const open = finding.rectificationStatus === 'OPEN';
  return (
    <div>
      【{labelOf(CHECK_AREA_LABELS, finding.area)}】{finding.description}{' '}
      {finding.rectificationStatus && (
        <Tag color={open ? 'orange' : 'green'}>
          {labelOf(RECTIFICATION_STATUS_LABELS, finding.rectificationStatus)}
          {open && finding.rectificationDeadline && `，期限 ${finding.rectificationDeadline}`}
        </Tag>
      )}
    </div>
  );
}

/** 安全检查 (Art 29.1): checks of self-built apps and sites; each finding is a rectification task. */
export function CheckList() {
  const { access } = useCurrentUser();
  const list = usePagedList({ organizationId: param.number() }, { prefix: 'chk.' });
  const checks = useSecurityChecks(list.query);
  const [adding, setAdding] = useState(false);

  return (
    <>
      <FilterForm name="security-checks" filters={list.filters} onChange={list.setFilters}>
        <OrganizationFilter ariaLabel="检查单位筛选" width={260} />
        <AddButton visible={access.canManageSecurity} inFilterBar onClick={() => setAdding(true)}>
          登记检查
        </AddButton>
      </FilterForm>
      <PagedTable<SecurityCheck>
        empty="暂无安全检查记录。完成检查后点击“登记检查”"
        aria-label="安全检查"
        rowKey="id"
        list={list}
        result={checks}
        columns={[
          { title: '检查日期', dataIndex: 'checkedOn' },
          { title: '单位', dataIndex: 'organizationName' },
          { title: '应用 / 网站', dataIndex: 'accountName' },
          { title: '检查人', dataIndex: 'checkedBy' },
          { title: '结论', dataIndex: 'summary', ellipsis: true },
          {
            title: '发现问题及整改',
            dataIndex: 'findings',
            render: (findings: Finding[]) =>
              findings.length === 0 ? (
                <Tag color="green">未发现问题</Tag>
              ) : (
                <Space orientation="vertical" size={0}>
                  {findings.map((finding) => (
                    <FindingLine key={finding.id} finding={finding} />
                  ))}
                </Space>
              ),
          },
        ]}
      />
      {adding && (
        <CheckDialog
          organizationId={list.filters.organizationId}
          onClose={() => setAdding(false)}
        />
      )}
    </>
  );
}
