import { Button, CheckList, ErrorBlock, List, Popup, SearchBar, SpinLoading } from 'antd-mobile';
import { useMemo, useState } from 'react';
import { PLATFORM_LABELS } from '../../locales/zh-CN';
import { errorMessage, type DirectoryAccount, type DirectoryOrganization } from '../api';
import { useOrganizationAccounts, useOrganizations } from '../queries';

export interface Target {
  organizationId?: number;
  accountId?: number;
}

/** The target of a submission: an organization of the public directory, optionally one of its accounts. */
export function TargetPicker({
  value,
  onChange,
  invalid,
}: {
  value: Target;
  onChange: (target: Target, names: { organization?: string; account?: string }) => void;
  invalid?: boolean;
}) {
  const organizations = useOrganizations();
  const accounts = useOrganizationAccounts(value.organizationId);
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const chosen = organizations.data?.find((org) => org.id === value.organizationId);
  const liveAccounts = (accounts.data ?? []).filter(
    (account) => account.status !== 'CLOSED' && account.status !== 'CANCELLED',
  );
  const found = useMemo(() => {
    const text = search.trim();
    const all = organizations.data ?? [];
    return text
      ? all.filter((org) => org.name.includes(text) || (org.shortName ?? '').includes(text))
      : all;
  }, [organizations.data, search]);

  const pick = (org: DirectoryOrganization) => {
    setOpen(false);
    onChange({ organizationId: org.id }, { organization: org.name });
  };
  const pickAccount = (account: DirectoryAccount | undefined) =>
    onChange(
      { organizationId: value.organizationId, accountId: account?.id },
      { organization: chosen?.name, account: account?.name },
    );

  return (
    <div>
      <Button
        block
        size="large"
        className="m-big-button"
        color={invalid ? 'danger' : 'default'}
        fill="outline"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        loading={organizations.isLoading}
      >
        {chosen ? chosen.name : '选择单位'}
      </Button>
      {organizations.isError && (
        <div className="m-field-error" role="alert">
          单位目录暂时无法加载：{errorMessage(organizations.error)}
        </div>
      )}
      {chosen && (
        <div style={{ marginTop: 8 }}>
          {accounts.isLoading && <SpinLoading />}
          {liveAccounts.length > 0 && (
            <List header="涉及的账号（可不选，不选则提交给单位）">
              <List.Item
                arrowIcon={false}
                onClick={() => pickAccount(undefined)}
                extra={value.accountId === undefined ? '✓' : undefined}
              >
                不指定账号
              </List.Item>
              {liveAccounts.map((account) => (
                <List.Item
                  key={account.id}
                  arrowIcon={false}
                  onClick={() => pickAccount(account)}
                  extra={value.accountId === account.id ? '✓' : undefined}
                  aria-current={value.accountId === account.id ? 'true' : undefined}
                >
                  {account.name} · {PLATFORM_LABELS[account.platform] ?? account.platform}
                </List.Item>
              ))}
            </List>
          )}
        </div>
      )}
      <Popup
        visible={open}
        onMaskClick={() => setOpen(false)}
        onClose={() => setOpen(false)}
        bodyStyle={{ height: '75vh', display: 'flex', flexDirection: 'column' }}
        destroyOnClose
      >
        <div role="dialog" aria-label="选择单位" style={{ display: 'contents' }}>
          <div style={{ padding: 12 }}>
            <SearchBar placeholder="搜索单位名称" value={search} onChange={setSearch} />
          </div>
          <div style={{ overflowY: 'auto', flex: 1 }}>
            {organizations.isError && (
              <ErrorBlock status="default" description={errorMessage(organizations.error)} />
            )}
            <CheckList
              value={value.organizationId !== undefined ? [value.organizationId] : []}
              onChange={(values) => {
                const org = found.find((item) => item.id === values[0]);
                if (org) pick(org);
              }}
            >
              {found.map((org) => (
                <CheckList.Item key={org.id} value={org.id}>
                  {org.name}
                </CheckList.Item>
              ))}
            </CheckList>
          </div>
        </div>
      </Popup>
    </div>
  );
}
