import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Input, Space, Spin, Table, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useState } from 'react';
import { api, unwrap } from '../../api/http';
import type { OrganizationNode, OrganizationResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { typeLabel } from '../../locales/zh-CN';
import { OrganizationForm } from './form';
import { organizationKeys, useOrganizationTree } from './queries';
import { OrganizationShow } from './show';

const PAGE_SIZE = 20;

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
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [selectedId, setSelectedId] = useState<number>();
  const [formState, setFormState] = useState<FormState>();

  const tree = useOrganizationTree();
  const search = useQuery({
    queryKey: organizationKeys.search(query, page, PAGE_SIZE),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: { query: { q: query, page, size: PAGE_SIZE, sort: 'name,asc' } },
        }),
      ),
    enabled: query !== '',
  });

  const treeData = toTreeData(tree.data);

  return (
    <Card
      title="单位"
      extra={
        access.canManageOrganizations ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setFormState({ mode: 'create' })}
          >
            新建单位
          </Button>
        ) : null
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Input.Search
          placeholder="按名称、简称或编码搜索单位"
          aria-label="搜索单位"
          allowClear
          enterButton="搜索"
          onSearch={(value) => {
            setQuery(value.trim());
            setPage(1);
          }}
          style={{ maxWidth: 480 }}
        />
        {query !== '' ? (
          <Table<OrganizationResponse>
            rowKey={(row) => row.id ?? 0}
            loading={search.isFetching}
            dataSource={search.data?.items ?? []}
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
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: search.data?.totalItems ?? 0,
              showSizeChanger: false,
              showTotal: (total) => `共 ${total} 个单位`,
              onChange: setPage,
            }}
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
        <OrganizationForm
          organization={formState.mode === 'edit' ? formState.organization : undefined}
          tree={tree.data}
          onClose={() => setFormState(undefined)}
          onSaved={(saved) => {
            setFormState(undefined);
            setSelectedId(saved.id);
          }}
        />
      )}
    </Card>
  );
}
