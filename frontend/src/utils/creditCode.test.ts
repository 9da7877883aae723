import { creditCodeCheckChar, isValidCreditCode } from './creditCode';

describe('isValidCreditCode (GB 32100-2015)', () => {
  it.each(['91350100M000100Y43', '91110000600037341L', '11320613MB0001333U'])(
    'accepts the real-world code %s',
    (code) => {
      expect(isValidCreditCode(code)).toBe(true);
    },
  );

  it('maps a check value of 31 to 0', () => {
    // Σ mod 31 is 0 for these 17 characters, so 31 − 0 = 31 must wrap to "0".
    expect(creditCodeCheckChar('11320613MB0003001')).toBe('0');
    expect(isValidCreditCode('11320613MB00030010')).toBe(true);
  });

  it('rejects a wrong check character', () => {
    expect(isValidCreditCode('11320613MB0003001C')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
  });

  it('rejects characters outside the charset (I, O, S, V, Z, lower case)', () => {
    expect(isValidCreditCode('91350100M000100I43')).toBe(false);
    expect(isValidCreditCode('91350100m000100Y43')).toBe(false);
    expect(creditCodeCheckChar('9135010OM000100Y4')).toBeNull();
  });

  it('rejects codes that are not 18 characters long', () => {
    expect(isValidCreditCode('')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
  });
});
