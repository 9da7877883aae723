import type { ComplaintResponse } from '../../api/types';
import { departmentOptions } from './forward';
import { availableActions, sideOf, type Viewer } from './rules';

const EDU = 19;
const HEALTH = 23;

function complaint(overrides: Partial<ComplaintResponse> = {}): ComplaintResponse {
  return {
    id: 1,
    trackingNumber: 'TS2026112800001',
    kind: 'COMPLAINT',
    title: '校门口拥堵',
    content: '早高峰拥堵',
    status: 'RECEIVED',
    moderation: 'PENDING',
    targetOrganizationId: EDU,
    targetOrganizationName: '南通市崇川区教育体育局',
    dueOn: '2026-12-05',
    overdue: false,
    hasContact: true,
    createdAt: '2026-11-28T01:00:00Z',
    updatedAt: '2026-11-28T01:00:00Z',
    version: 0,
    ...overrides,
  };
}

const operator: Viewer = { roles: ['OPERATOR'], organizationId: EDU };
const handler: Viewer = { roles: ['HANDLER'], organizationId: HEALTH };
const supervisor: Viewer = { roles: ['SUPERVISOR'], organizationId: 8 };
const actions = (c: ComplaintResponse, viewer: Viewer) => [...availableActions(c, viewer)].sort();

describe('availableActions', () => {
  it('lets the host OPERATOR moderate, forward and reply to a new submission and read the contact', () => {
    expect(actions(complaint(), operator)).toEqual(['contact', 'forward', 'moderate', 'reply']);
  });

  it('gives the forwarded-to HANDLER the reply and the contact only', () => {
    const forwarded = complaint({ status: 'FORWARDED', forwardedToOrganizationId: HEALTH });
    expect(sideOf(forwarded, handler)).toBe('handler');
    expect(actions(forwarded, handler)).toEqual(['contact', 'reply']);
    // the host operator may still answer or forward it again
    expect(actions(forwarded, operator)).toEqual(['contact', 'forward', 'moderate', 'reply']);
    // a HANDLER of the host side has nothing to do before it is forwarded to them
    expect(actions(complaint(), { roles: ['HANDLER'], organizationId: EDU })).toEqual(['contact']);
  });

  it('closes and reopens answered submissions, reopens closed ones, nothing is replied twice', () => {
    const answered = complaint({ status: 'ANSWERED', reply: '已处理' });
    expect(actions(answered, operator)).toEqual(['close', 'contact', 'moderate', 'reopen']);
    expect(actions(complaint({ status: 'CLOSED', reply: '已处理' }), operator)).toEqual([
      'contact',
      'moderate',
      'reopen',
    ]);
    expect(actions(answered, handler)).toEqual([]);
  });

  it('promotes only answered consultations to the FAQ', () => {
    const consultation = complaint({
      kind: 'CONSULTATION',
      status: 'ANSWERED',
      reply: '请携带户口簿',
    });
    expect(availableActions(consultation, operator).has('promote')).toBe(true);
    expect(availableActions({ ...consultation, status: 'RECEIVED' }, operator).has('promote')).toBe(
      false,
    );
    expect(
      availableActions(complaint({ status: 'ANSWERED', reply: '已处理' }), operator).has('promote'),
    ).toBe(false);
  });

  it('offers the counterfeit verdict while the investigation is VERIFYING', () => {
    const report = complaint({ kind: 'COUNTERFEIT_REPORT', investigationStatus: 'VERIFYING' });
    expect(availableActions(report, operator).has('verdict')).toBe(true);
    expect(
      availableActions({ ...report, investigationStatus: 'CONFIRMED_FAKE' }, operator).has(
        'verdict',
      ),
    ).toBe(false);
  });

  it('leaves supervisors and auditors read-only, and hides the contact outside the handling organization', () => {
    expect(actions(complaint(), supervisor)).toEqual([]);
    expect(actions(complaint(), { roles: ['AUDITOR', 'CITY_ADMIN'], organizationId: 1 })).toEqual(
      [],
    );
    expect(availableActions(complaint({ hasContact: false }), operator).has('contact')).toBe(false);
  });
});

describe('departmentOptions', () => {
  it('offers the departments the API lists, in its order', () => {
    expect(
      departmentOptions([
        { id: HEALTH, code: 'CC-HEALTH', name: '南通市崇川区卫生健康委员会' },
        { id: 17, code: 'CC-GOV-OFFICE', name: '南通市崇川区人民政府办公室' },
      ]),
    ).toEqual([
      { value: HEALTH, label: '南通市崇川区卫生健康委员会' },
      { value: 17, label: '南通市崇川区人民政府办公室' },
    ]);
    expect(departmentOptions(undefined)).toEqual([]);
  });
});
