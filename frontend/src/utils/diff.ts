export type DiffOp = 'equal' | 'added' | 'removed';

export interface DiffLine {
  op: DiffOp;
  text: string;
}

/** Splits text into lines (\n or \r\n); an empty text has no lines. */
export function linesOf(text: string): string[] {
  return text === '' ? [] : text.split(/\r?\n/);
}

/**
 * A line diff from `before` to `after` by longest common subsequence: unchanged lines are
 * `equal`, the others `removed` (only in before) or `added` (only in after), in reading order.
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = linesOf(before);
  const b = linesOf(after);
  // lcs[i][j] = length of the LCS of a[i..] and b[j..]
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const result: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      result.push({ op: 'equal', text: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      result.push({ op: 'removed', text: a[i] });
      i++;
    } else {
      result.push({ op: 'added', text: b[j] });
      j++;
    }
  }
  while (i < a.length) result.push({ op: 'removed', text: a[i++] });
  while (j < b.length) result.push({ op: 'added', text: b[j++] });
  return result;
}
