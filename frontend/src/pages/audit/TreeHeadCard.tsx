import { useQuery } from '@tanstack/react-query';
import { Descriptions, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { SignedTreeHead } from '../../api/types';
import { canVerify, verifyTreeHead } from './merkle';
import { useAuditTreeHead } from './queries';

function SignatureCheck({ head }: { head: SignedTreeHead }) {
  const check = useQuery({
    queryKey: ['audit-tree-head-signature', head.treeSize, head.signature],
    queryFn: () => verifyTreeHead(head),
    enabled: canVerify(),
  });
  if (!canVerify()) return <Tag>此浏览器环境无法验签（需 HTTPS）</Tag>;
  if (check.data === undefined) return <Tag>验签中…</Tag>;
  return check.data ? (
    <Tag color="success">浏览器验签通过</Tag>
  ) : (
    <Tag color="error">签名不成立</Tag>
  );
}

/** 已签名树头: what the sealer last signed; the signature is checked here, in the browser. */
export function TreeHeadCard() {
  const head = useAuditTreeHead();
  if (head.isPending) return null;
  if (!head.data)
    return (
      <Typography.Paragraph type="secondary">
        审计日志尚无已签名树头：首个审计事件提交后约 1 秒内生成。
      </Typography.Paragraph>
    );
  const { treeSize, rootHash, signedAt, keyId } = head.data;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 4 }}
      title="当前已签名树头（Merkle 树，RFC 6962）"
      items={[
        { key: 'size', label: '已封存事件', children: `${treeSize} 条` },
        { key: 'time', label: '签署时间', children: dayjs(signedAt).format('YYYY-MM-DD HH:mm:ss') },
        {
          key: 'root',
          label: '根哈希',
          children: (
            <Typography.Text code copyable={{ text: rootHash }}>
              {rootHash.slice(0, 16)}…
            </Typography.Text>
          ),
        },
        {
          key: 'key',
          label: '签名密钥',
          children: (
            <>
              <Typography.Text code copyable={{ text: keyId }}>
                {keyId.slice(0, 12)}
              </Typography.Text>{' '}
              <SignatureCheck head={head.data} />
            </>
          ),
        },
      ]}
    />
  );
}
