import type { ApiError } from './problem';

const DIGITS = '零一二三四五六七八九';

/** 1–99 in Chinese numerals, as articles are numbered: 19 → 十九, 32 → 三十二. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** "Art 19" as 《办法》第十九条, "Art 19-21" as 《办法》第十九条至第二十一条; anything else as given. */
export function articleName(article: string): string {
  const match = /^Art\s*(\d+)(?:\.\d+)?(?:\s*[-–]\s*(\d+))?/.exec(article.trim());
  if (!match) return article;
  const from = `第${chineseNumber(Number(match[1]))}条`;
  return `《办法》${match[2] ? `${from}至第${chineseNumber(Number(match[2]))}条` : from}`;
}

/**
 * What a person reads of a problem: the Chinese detail, each field's reason (without the field's
 * internal path), and the article it rests on. Codes and the request id are technical information.
 */
export function problemLines(error: ApiError): string[] {
  const { problem } = error;
  const lines: string[] = [];
  if (problem.detail) lines.push(problem.detail);
  for (const violation of error.fieldErrors) {
    const reason = violation.message ?? '';
    if (reason && !lines.includes(reason)) lines.push(reason);
  }
  if (problem.article) lines.push(`依据：${articleName(problem.article)}`);
  return lines;
}

/** Code and request id, for whoever helps: shown folded under 技术信息. */
export function technicalLines(error: ApiError): string[] {
  const { problem } = error;
  return [
    problem.code ? `错误代码：${problem.code}` : undefined,
    problem.requestId ? `请求编号：${problem.requestId}` : undefined,
  ].filter((line): line is string => line !== undefined);
}
