import type { Problem } from '../../api/types';
import { XLSX_TYPE } from '../../utils/download';

/** The columns of an import file, in order (the API checks the header). */
export const IMPORT_COLUMNS = ['账号ID', '发布时间', '类型', '标题', '链接', '来源'] as const;

/** The media type each accepted file is sent as. */
export const IMPORT_MEDIA_TYPES = {
  csv: 'text/csv;charset=UTF-8',
  xlsx: XLSX_TYPE,
} as const;

export type ImportKind = keyof typeof IMPORT_MEDIA_TYPES;

/** .csv or .xlsx by the file name (then by the browser's type); anything else is not accepted. */
export function importKindOf(file: { name: string; type?: string }): ImportKind | undefined {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (file.type === 'text/csv') return 'csv';
  if (file.type === IMPORT_MEDIA_TYPES.xlsx) return 'xlsx';
  return undefined;
}

/**
 * The text of a CSV file: UTF-8 (a BOM is dropped), or GB 18030 when it is not valid UTF-8 —
 * the encoding Excel uses for “CSV” on Chinese Windows. It is sent on as UTF-8.
 */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The downloadable template: a BOM (so Excel reads it as UTF-8) and the header line. */
export function importTemplate(): string {
  return `\uFEFF${IMPORT_COLUMNS.join(',')}\r\n`;
}

/** One line of the error report: 行 / 字段 / 原因. */
export interface RowErrorLine {
  key: number;
  line?: number;
  column: string;
  reason: string;
}

// the API names a row error `第7行·发布时间` and says `第 7 行“发布时间”：时间格式应为 …`
const FIELD = /^第\s*(\d+)\s*行·(.+)$/;
const MESSAGE_PREFIX = /^第\s*\d+\s*行“[^”]*”[：:]\s*/;

/** The problem's `errors[]` as report lines, in the API's order (by line, then column). */
export function rowErrorsOf(problem: Problem): RowErrorLine[] {
  return (problem.errors ?? []).map((violation, index) => {
    const field = violation.field ?? '';
    const match = FIELD.exec(field);
    const message = violation.message ?? violation.messageEn ?? violation.code ?? '内容有误';
    return {
      key: index,
      line: match ? Number(match[1]) : undefined,
      column: match ? match[2] : field || '—',
      reason: message.replace(MESSAGE_PREFIX, ''),
    };
  });
}
