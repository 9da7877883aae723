import { useState } from 'react';
import type { DueState, SecurityDocument, SecurityDocumentKind } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  FilterForm,
  FilterSelect,
  PagedTable,
  param,
  usePagedList,
  OrganizationFilter,
  AddButton,
  editColumn,
} from '../../components/kit';
import { labelOf } from '../../locales/zh-CN';
import { DUE_STATE_LABELS, SECURITY_DOCUMENT_KIND_LABELS } from '../../locales/security';
import { DocumentDialog } from './documentDialog';
import { dueStateColumn } from './dueState';
import { useSecurityDocuments } from './queries';

/** 制度与预案 (Art 27.1): each host's three documents, the next review first, with their due state. */
export function DocumentList() {
  const { access } = useCurrentUser();
  const list = usePagedList(
    {
      organizationId: param.number(),
      kind: param.text<SecurityDocumentKind>(),
      dueState: param.text<DueState>(),
    },
    { prefix: 'doc.' },
  );
  const documents = useSecurityDocuments(list.query);
  const [editing, setEditing] = useState<SecurityDocument | 'new'>();

  return (
    <>
      <FilterForm name="security-documents" filters={list.filters} onChange={list.setFilters}>
        <OrganizationFilter ariaLabel="文件单位筛选" width={260} />
        <FilterSelect name="kind" label="类别" width={150} labels={SECURITY_DOCUMENT_KIND_LABELS} />
        <FilterSelect name="dueState" label="复审" width={120} labels={DUE_STATE_LABELS} />
        <AddButton visible={access.canManageSecurity} inFilterBar onClick={() => setEditing('new')}>
          登记文件
        </AddButton>
      </FilterForm>
      <PagedTable<SecurityDocument>
        empty="暂无安全制度文件。点击“登记文件”上传制度和预案"
        aria-label="制度与预案"
        rowKey="id"
        list={list}
        result={documents}
        columns={[
          { title: '单位', dataIndex: 'organizationName' },
          {
            title: '类别',
            dataIndex: 'kind',
            render: (kind: string) => labelOf(SECURITY_DOCUMENT_KIND_LABELS, kind),
          },
          { title: '名称', dataIndex: 'title' },
          { title: '版本', dataIndex: 'versionLabel' },
          { title: '批准日期', dataIndex: 'approvedOn' },
          { title: '下次复审', dataIndex: 'nextReviewOn' },
          dueStateColumn<SecurityDocument>('状态'),
          ...editColumn<SecurityDocument>(access.canManageSecurity, '修订', setEditing),
        ]}
      />
      {editing && (
        <DocumentDialog
          document={editing === 'new' ? undefined : editing}
          organizationId={list.filters.organizationId}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
