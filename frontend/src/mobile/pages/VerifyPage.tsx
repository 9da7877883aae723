import {
  Button,
  Card,
  ErrorBlock,
  Form,
  Input,
  List,
  NoticeBar,
  Result,
  Selector,
  Tag,
} from 'antd-mobile';
import { useState } from 'react';
import { Labelled, QueryButton } from './queryForm';
import { useNavigate } from 'react-router';
import { ACCOUNT_STATUS_LABELS, PLATFORM_LABELS } from '../../locales/zh-CN';
import { errorMessage, type AccountMatch, type Platform } from '../api';
import { MobilePage } from '../MobilePage';
import { useVerify } from '../queries';

const PLATFORM_OPTIONS = (Object.keys(PLATFORM_LABELS) as Platform[]).map((value) => ({
  value,
  label: PLATFORM_LABELS[value],
}));

/** 核验账号: is this account official? Look-alikes and known counterfeits are warned of. */
export function VerifyPage() {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [platform, setPlatform] = useState<Platform | undefined>();
  const [asked, setAsked] = useState<{ name: string; platform?: Platform }>();
  const verification = useVerify(asked);
  const result = verification.data;

  const reportCounterfeit = () => {
    const params = new URLSearchParams({ kind: 'COUNTERFEIT_REPORT', suspect: asked?.name ?? '' });
    if (asked?.platform) params.set('platform', asked.platform);
    const match: AccountMatch | undefined = result?.similar[0];
    if (match?.hostOrganizationId) params.set('organizationId', String(match.hostOrganizationId));
    void navigate(`/submit?${params.toString()}`);
  };

  return (
    <MobilePage title="核验政务新媒体账号">
      <Card className="m-section">
        <p className="m-muted" style={{ marginTop: 0 }}>
          输入账号名称，查询它是否为南通市备案的官方政务新媒体账号。
        </p>
        <Form
          layout="vertical"
          onFinish={() => {
            const text = name.trim();
            if (text) setAsked({ name: text, platform });
          }}
          footer={
            <QueryButton disabled={!name.trim()} loading={verification.isFetching}>
              核验
            </QueryButton>
          }
        >
          <Labelled id="verify-name" label="账号名称">
            <Input
              id="verify-name"
              placeholder="如：崇川教育"
              value={name}
              onChange={setName}
              clearable
              maxLength={100}
              enterKeyHint="search"
            />
          </Labelled>
          <Form.Item label="平台（可不选）">
            <Selector
              columns={3}
              options={PLATFORM_OPTIONS}
              value={platform ? [platform] : []}
              onChange={(values) => setPlatform(values[0])}
            />
          </Form.Item>
        </Form>
      </Card>

      {verification.isError && (
        <ErrorBlock
          status="default"
          title="核验失败"
          description={errorMessage(verification.error)}
        />
      )}

      {result && (
        <section aria-label="核验结果" data-testid="verify-result">
          {result.knownCounterfeit && (
            <NoticeBar
              className="m-section"
              color="error"
              wrap
              content="警告：该名称已被确认为假冒政务新媒体账号，请勿相信其发布的信息，谨防诈骗。"
            />
          )}
          <Result
            className="m-section"
            status={result.official ? 'success' : 'warning'}
            title={result.official ? '官方账号' : '未查到该官方账号'}
            description={result.message}
          />
          {result.matches.length > 0 && (
            <List header="备案信息" className="m-section">
              {result.matches.map((match) => (
                <List.Item
                  key={`${match.platform}-${match.name}`}
                  description={`主办单位：${match.hostOrganizationName}`}
                  extra={<Tag color="success">{ACCOUNT_STATUS_LABELS[match.status]}</Tag>}
                >
                  {match.name} · {PLATFORM_LABELS[match.platform]}
                </List.Item>
              ))}
            </List>
          )}
          {result.official &&
            result.matches.slice(0, 1).map((match: AccountMatch) =>
              match.hostOrganizationId ? (
                <Button
                  key="write"
                  block
                  color="primary"
                  fill="outline"
                  size="large"
                  className="m-big-button m-section"
                  onClick={() =>
                    void navigate(
                      `/submit?organizationId=${match.hostOrganizationId}${match.id ? `&accountId=${match.id}` : ''}`,
                    )
                  }
                >
                  向该账号留言
                </Button>
              ) : null,
            )}
          {result.similar.length > 0 && (
            <List header="名称相近的官方账号：请注意辨别，谨防仿冒" className="m-section">
              {result.similar.map((match) => (
                <List.Item
                  key={`${match.platform}-${match.name}`}
                  description={`主办单位：${match.hostOrganizationName}`}
                  extra={
                    match.similarity !== undefined ? (
                      <Tag color="warning">相似度 {Math.round(match.similarity * 100)}%</Tag>
                    ) : undefined
                  }
                >
                  {match.name} · {PLATFORM_LABELS[match.platform]}
                </List.Item>
              ))}
            </List>
          )}
          {!result.official && (
            <Button
              block
              color="danger"
              size="large"
              className="m-big-button"
              onClick={reportCounterfeit}
            >
              举报假冒账号
            </Button>
          )}
        </section>
      )}
    </MobilePage>
  );
}
