import { Alert, Card, Empty, Space, Spin, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { Suspense, useState } from 'react';
import type { OrganizationNode, OrganizationResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { PagedTable, param, SearchBox, usePagedList, AddButton } from '../../components/kit';
import { typeLabel } from '../../locales/zh-CN';
import { OrganizationForm } from './dialogs';
import { useOrganizationSearch, useOrganizationTree } from './queries';
import { OrganizationShow } from './show';

function toTreeData(nodes: OrganizationNode[] | undefined): DataNode[] {
  return (nodes ?? []).map((node) => ({
    key: node.id ?? 0,
    title: (
      <Space size="small">
        <span>{node.name}</span>
        <Tag>{typeLabel(node.type)}</Tag>
        <Typography.Text type="secondary">{node.divisionCode}</Typography.Text>
      </Space>
    ),
    children: toTreeData(node.children),
  }));
}

type FormState = { mode: 'create' } | { mode: 'edit'; organization: OrganizationResponse };

/** 单位: the caller's organization tree, a search over the flat list, details and editing. */
export function OrganizationList() {
  const { access } = useCurrentUser();
  const list = usePagedList({ q: param.text() }, { sort: 'name,asc' });
  const query = list.filters.q ?? '';
  const [selectedId, setSelectedId] = useState<number>();
  const [formState, setFormState] = useState<FormState>();

  const tree = useOrganizationTree();
  const search = useOrganizationSearch(list.query);

  const treeData = toTreeData(tree.data);

  return (
    <Card
      title="单位"
      extra={
        <AddButton
          visible={access.canManageOrganizations}
          onClick={() => setFormState({ mode: 'create' })}
        >
          新建单位
        </AddButton>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <SearchBox
          placeholder="按名称、简称或编码搜索单位"
          aria-label="搜索单位"
          enterButton="搜索"
          value={list.filters.q}
          onSearch={(q) => list.setFilters({ q })}
          style={{ maxWidth: 480 }}
        />
        {query !== '' ? (
          <PagedTable<OrganizationResponse>
            rowKey={(row) => row.id ?? 0}
            list={list}
            result={search}
            sizeChanger={false}
            totalText={(total) => `共 ${total} 个单位`}
            columns={[
              { title: '名称', dataIndex: 'name' },
              { title: '类型', dataIndex: 'type', render: (type: string) => typeLabel(type) },
              { title: '行政区划代码', dataIndex: 'divisionCode' },
              { title: '主管单位', dataIndex: 'competentAuthorityName' },
            ]}
            onRow={(row) => ({
              onClick: () => setSelectedId(row.id),
              style: { cursor: 'pointer' },
            })}
          />
        ) : tree.isLoading ? (
          <Spin />
        ) : tree.isError ? (
          <Alert type="error" title="单位树加载失败" />
        ) : treeData.length === 0 ? (
          <Empty description="暂无单位" />
        ) : (
          <Tree
            aria-label="单位树"
            blockNode
            showLine
            defaultExpandAll
            treeData={treeData}
            selectedKeys={selectedId === undefined ? [] : [selectedId]}
            onSelect={(keys) => setSelectedId(keys.length ? Number(keys[0]) : undefined)}
          />
        )}
      </Space>
      <OrganizationShow
        id={selectedId}
        canEdit={access.canManageOrganizations}
        onClose={() => setSelectedId(undefined)}
        onEdit={(organization) => setFormState({ mode: 'edit', organization })}
      />
      {formState && (
        <Suspense fallback={null}>
          <OrganizationForm
            organization={formState.mode === 'edit' ? formState.organization : undefined}
            tree={tree.data}
            onClose={() => setFormState(undefined)}
            onSaved={(saved) => {
              setFormState(undefined);
              setSelectedId(saved.id);
            }}
          />
        </Suspense>
      )}
    </Card>
  );
}
