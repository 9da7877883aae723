import { accountErrors, changedFields, closureErrors, decisionErrors } from './rules';

const valid = {
  platform: 'WECHAT_OFFICIAL',
  name: '崇川教育发布',
  responsiblePerson: '王敏',
  operatorType: 'IN_HOUSE',
  operatorName: '崇川区教育体育局办公室',
};

describe('accountErrors', () => {
  it('accepts a complete in-house account', () => {
    expect(accountErrors(valid)).toEqual({});
  });

  it('requires name, responsible person, operator type and operator; limits the name to 100', () => {
    expect(Object.keys(accountErrors({}))).toEqual([
      'platform',
      'name',
      'responsiblePerson',
      'operatorType',
      'operatorName',
    ]);
    expect(accountErrors({ ...valid, name: '名'.repeat(101) }).name).toContain('100');
    expect(accountErrors({ ...valid, name: '名'.repeat(100) }).name).toBeUndefined();
    expect(accountErrors({ ...valid, responsiblePerson: '  ' }).responsiblePerson).toContain(
      '第二十六条',
    );
  });

  it('needs both agreement dates for a contracted operator (Art 7)', () => {
    const contracted = { ...valid, operatorType: 'CONTRACTED' };
    expect(accountErrors(contracted)).toEqual({
      contractSignedOn: expect.stringContaining('第七条') as string,
      confidentialitySignedOn: expect.stringContaining('第七条') as string,
    });
    expect(
      accountErrors({ ...contracted, contractSignedOn: '2026-01-05' }).confidentialitySignedOn,
    ).toBeDefined();
    expect(
      accountErrors({
        ...contracted,
        contractSignedOn: '2026-01-05',
        confidentialitySignedOn: '2026-01-05',
      }),
    ).toEqual({});
  });

  it('needs IPv6 for a mobile app only (Art 13)', () => {
    expect(accountErrors({ ...valid, platform: 'MOBILE_APP' }).ipv6Supported).toContain('第十三条');
    expect(accountErrors({ ...valid, platform: 'MOBILE_APP', ipv6Supported: true })).toEqual({});
    expect(accountErrors({ ...valid, ipv6Supported: false })).toEqual({});
  });

  it('needs a licence for news or audio/video (Art 25)', () => {
    expect(accountErrors({ ...valid, offersNews: true }).licenceNumber).toContain('第二十五条');
    expect(accountErrors({ ...valid, offersAudioVideo: true }).licenceNumber).toBeDefined();
    expect(accountErrors({ ...valid, offersAudioVideo: true, licenceNumber: '32120001' })).toEqual(
      {},
    );
  });

  it('checks the phone pattern of the API', () => {
    expect(accountErrors({ ...valid, responsiblePhone: '0513-8510' })).toEqual({});
    expect(accountErrors({ ...valid, responsiblePhone: '电话' }).responsiblePhone).toBeDefined();
  });
});

describe('closureErrors (Art 16)', () => {
  const basis = {
    basisType: 'COLLECTIVE_DECISION',
    documentNumber: '崇教体〔2026〕12号',
    decidedOn: '2026-11-20',
  };

  it('requires the basis and the period', () => {
    expect(Object.keys(closureErrors({}))).toEqual([
      'basisType',
      'documentNumber',
      'decidedOn',
      'announcementStartsOn',
      'announcementEndsOn',
    ]);
  });

  it('refuses an end before the 15th working day, accepts it on that day', () => {
    const period = { announcementStartsOn: '2026-12-01', earliestEnd: '2026-12-22' };
    expect(
      closureErrors({ ...basis, ...period, announcementEndsOn: '2026-12-21' }).announcementEndsOn,
    ).toContain('2026-12-22');
    expect(closureErrors({ ...basis, ...period, announcementEndsOn: '2026-12-22' })).toEqual({});
    expect(
      closureErrors({ ...basis, ...period, announcementEndsOn: '2026-11-30' }).announcementEndsOn,
    ).toBe('公告结束日期不能早于开始日期');
  });
});

describe('decisionErrors', () => {
  it('needs a reason only to return', () => {
    expect(decisionErrors({ decision: 'APPROVE' })).toEqual({});
    expect(decisionErrors({ decision: 'RETURN', reason: ' ' }).reason).toBe('退回须填写理由');
    expect(decisionErrors({ decision: 'RETURN', reason: '认证主体有误' })).toEqual({});
    expect(decisionErrors({}).decision).toBeDefined();
  });
});

describe('changedFields', () => {
  it('keeps only changed, non-blank values', () => {
    expect(
      changedFields<Record<string, unknown>>(
        { name: 'A', responsiblePerson: '王敏', functions: ['INFORMATION'] },
        { name: 'A', responsiblePerson: '李华', functions: ['INFORMATION'], licenceNumber: '' },
      ),
    ).toEqual({ responsiblePerson: '李华' });
  });
});
