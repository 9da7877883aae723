import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../api/http';
import type { Dayjs } from 'dayjs';
import type { ContentOrigin, ImportReport } from '../../api/types';
import {
  decodeCsv,
  IMPORT_MEDIA_TYPES,
  importKindOf,
  rowErrorsOf,
  type RowErrorLine,
} from './importFile';

export const publicationKeys = {
  all: ['publications'] as const,
  list: (query: PublicationQuery) => [...publicationKeys.all, 'list', query] as const,
};

export interface PublicationQuery {
  accountId?: number;
  page: number;
  size: number;
}

export function usePublications(query: PublicationQuery) {
  return useQuery({
    queryKey: publicationKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/publications', { params: { query } })),
  });
}

/** An import either stores every row, or is refused with the bad rows (422, nothing stored). */
export type ImportOutcome =
  | { kind: 'imported'; report: ImportReport }
  | { kind: 'refused'; detail: string; rows: RowErrorLine[] };

/**
 * Sends the file to POST /api/v1/publications/import: a CSV as UTF-8 text, a workbook as is.
 * A 422 is the row-by-row error report (shown in the dialog, not as a notification); any other
 * failure is thrown to the one error handler.
 */
export async function importPublications(file: File): Promise<ImportOutcome> {
  const kind = importKindOf(file);
  if (!kind) throw new Error('请选择 .csv 或 .xlsx 文件');
  const bytes = await file.arrayBuffer();
  try {
    const report = await unwrap(
      api.POST('/api/v1/publications/import', {
        // a string for the CSV, the bytes for the workbook; sent as they are
        body: (kind === 'csv' ? decodeCsv(bytes) : bytes) as string,
        bodySerializer: (body: unknown) => body,
        headers: { 'Content-Type': IMPORT_MEDIA_TYPES[kind] },
      }),
    );
    return { kind: 'imported', report };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 422) throw error;
    return {
      kind: 'refused',
      detail: error.problem.detail ?? error.problem.title ?? '文件有误，未导入任何记录',
      rows: rowErrorsOf(error.problem),
    };
  }
}

/** 登记一条系统外发布的内容 (POST /api/v1/publications). */
export interface RecordValues {
  accountId: number;
  publishedAt: Dayjs;
  origin: ContentOrigin;
  title: string;
  url: string;
  sourceName?: string;
}

export function recordPublication(values: RecordValues) {
  return unwrap(
    api.POST('/api/v1/publications', {
      body: {
        accountId: values.accountId,
        publishedAt: values.publishedAt.toISOString(),
        origin: values.origin,
        title: values.title.trim(),
        url: values.url.trim(),
        sourceName: values.origin === 'REPOST' ? values.sourceName?.trim() : undefined,
      },
    }),
  );
}
