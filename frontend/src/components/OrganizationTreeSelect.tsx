import { TreeSelect, type TreeSelectProps } from 'antd';
import { toTreeOptions, useOrganizationTree } from '../pages/organizations/queries';

/** A searchable, expanded select over the caller's organization tree (value = organization id). */
export function OrganizationTreeSelect(props: Omit<TreeSelectProps<number>, 'treeData'>) {
  const tree = useOrganizationTree();
  return (
    <TreeSelect<number>
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandAll
      loading={tree.isLoading}
      treeData={toTreeOptions(tree.data)}
      {...props}
    />
  );
}
