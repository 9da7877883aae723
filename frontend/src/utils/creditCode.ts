/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 * 18 characters from CHARSET; the last one is a check character over the first 17.
 */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);

/** Check character for the first 17 characters, or null when one of them is not in the charset. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARSET[check];
}

/** True when the code has 18 characters of the charset and a matching check character. */
export function isValidCreditCode(code: string): boolean {
  if (code.length !== 18) return false;
  const expected = creditCodeCheckChar(code.slice(0, 17));
  return expected !== null && expected === code[17];
}
