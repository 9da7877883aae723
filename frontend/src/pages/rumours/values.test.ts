import type { RebuttalResponse, TicketResponse } from '../../api/types';
import {
  asHtml,
  initialOf,
  linesOf,
  linkProblem,
  rebuttalActions,
  rebuttalRequest,
} from './values';

const rebuttal: RebuttalResponse = {
  id: 4,
  title: '寒假时间未调整',
  rumour: '网传提前放寒假',
  truth: '按校历执行',
  verdict: 'FALSE',
  verdictName: '谣言',
  accountId: 11,
  accountName: '崇川教育快手',
  organizationId: 19,
  organizationName: '南通市崇川区教育体育局',
  evidenceLinks: ['https://jyj.nantong.gov.cn/a'],
  rumourAppearances: [],
  complaintIds: [7],
  status: 'DRAFT',
  createdBy: 'cc-operator',
  createdAt: '2026-11-28T01:00:00Z',
  updatedAt: '2026-11-28T01:00:00Z',
  version: 2,
};

describe('linkProblem', () => {
  it('accepts http(s) links one per line, blank lines ignored', () => {
    expect(linkProblem(undefined)).toBeUndefined();
    expect(linkProblem('https://a.cn/1\n\n  http://b.cn/2  ')).toBeUndefined();
    expect(linesOf('https://a.cn/1\n\n  http://b.cn/2  ')).toEqual([
      'https://a.cn/1',
      'http://b.cn/2',
    ]);
  });

  it('names the first bad line and refuses more than 10 links', () => {
    expect(linkProblem('https://a.cn\nftp://b.cn')).toBe('第 2 行不是有效的 http(s) 地址');
    expect(linkProblem('https://a.cn/有 空格')).toBe('第 1 行不是有效的 http(s) 地址');
    expect(linkProblem(Array.from({ length: 11 }, (_, i) => `https://a.cn/${i}`).join('\n'))).toBe(
      '最多填写 10 个链接',
    );
  });
});

describe('rebuttalRequest', () => {
  it('takes the issuer from the account host and trims the texts; the version only when replacing', () => {
    const values = {
      title: ' 标题 ',
      accountId: 11,
      rumour: ' 谣言 ',
      truth: ' 真相 ',
      evidence: '  ',
      evidenceLinks: 'https://a.cn\n',
      rumourAppearances: '',
      verdict: 'MISLEADING' as const,
    };
    expect(rebuttalRequest(values, 19, undefined)).toEqual({
      title: '标题',
      accountId: 11,
      organizationId: 19,
      rumour: '谣言',
      truth: '真相',
      evidence: undefined,
      evidenceLinks: ['https://a.cn'],
      rumourAppearances: [],
      verdict: 'MISLEADING',
      complaintIds: [],
      version: undefined,
    });
    expect(rebuttalRequest(initialOf(rebuttal), 19, rebuttal)).toMatchObject({
      version: 2,
      evidenceLinks: ['https://jyj.nantong.gov.cn/a'],
      complaintIds: [7],
    });
  });
});

describe('asHtml', () => {
  it('opens a plain-text truth in the rich-text editor one paragraph per line, and rich text as it is', () => {
    expect(asHtml('第一行\n\n第二行 A &amp; B')).toBe('<p>第一行</p><p>第二行 A &amp; B</p>');
    expect(asHtml('<p>已是<strong>富文本</strong></p>')).toBe('<p>已是<strong>富文本</strong></p>');
    expect(initialOf(rebuttal).truth).toBe('<p>按校历执行</p>');
  });
});

describe('rebuttalActions', () => {
  const ticket = { id: 9, status: 'DRAFT', author: 'cc-operator' } as TicketResponse;

  it('edits and sends to review only while no review is under way', () => {
    expect(rebuttalActions(rebuttal, undefined, true, 'cc-operator')).toEqual({
      edit: true,
      review: true,
      submitTicket: false,
    });
    expect(rebuttalActions({ ...rebuttal, status: 'REJECTED' }, undefined, true, 'x').edit).toBe(
      true,
    );
    expect(rebuttalActions({ ...rebuttal, status: 'PUBLISHED' }, undefined, true, 'x')).toEqual({
      edit: false,
      review: false,
      submitTicket: false,
    });
    expect(rebuttalActions(rebuttal, undefined, false, 'cc-operator').review).toBe(false);
  });

  it('submits the draft ticket of its author once sent to review', () => {
    const inReview = { ...rebuttal, status: 'IN_REVIEW' as const, reviewTicketId: 9 };
    expect(rebuttalActions(inReview, ticket, true, 'cc-operator')).toEqual({
      edit: false,
      review: false,
      submitTicket: true,
    });
    expect(rebuttalActions(inReview, ticket, true, 'other').submitTicket).toBe(false);
    expect(
      rebuttalActions(inReview, { ...ticket, status: 'IN_REVIEW' }, true, 'cc-operator')
        .submitTicket,
    ).toBe(false);
  });
});
