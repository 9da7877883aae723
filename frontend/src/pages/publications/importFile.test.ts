import type { Problem } from '../../api/types';
import { decodeCsv, importKindOf, importTemplate, rowErrorsOf } from './importFile';

describe('rowErrorsOf', () => {
  it('turns the problem of a refused import into 行 / 字段 / 原因', () => {
    const problem: Problem = {
      status: 422,
      code: 'INVALID_ROWS',
      detail: '有 3 处错误，未导入任何记录，请修改后重新导入',
      errors: [
        {
          field: '第3行·发布时间',
          code: 'Row',
          message: '第 3 行“发布时间”：时间格式应为 2026-11-27 09:30',
          messageEn: 'line 3 (发布时间): the time must look like 2026-11-27 09:30',
        },
        {
          field: '第12行·来源',
          code: 'Row',
          message: '第 12 行“来源”：转载须注明来源（《办法》第二十一条）',
        },
        { field: '第1行·表头', code: 'Row', message: '第 1 行“表头”：表头须为：账号ID,发布时间' },
      ],
    };
    expect(rowErrorsOf(problem)).toEqual([
      { key: 0, line: 3, column: '发布时间', reason: '时间格式应为 2026-11-27 09:30' },
      { key: 1, line: 12, column: '来源', reason: '转载须注明来源（《办法》第二十一条）' },
      { key: 2, line: 1, column: '表头', reason: '表头须为：账号ID,发布时间' },
    ]);
  });

  it('keeps violations that name no row, and answers nothing for a problem without errors', () => {
    expect(
      rowErrorsOf({ errors: [{ field: 'file', message: '文件不能为空' }, { code: 'Unreadable' }] }),
    ).toEqual([
      { key: 0, line: undefined, column: 'file', reason: '文件不能为空' },
      { key: 1, line: undefined, column: '—', reason: 'Unreadable' },
    ]);
    expect(rowErrorsOf({ code: 'UNREADABLE_WORKBOOK', detail: '无法读取该 Excel 文件' })).toEqual(
      [],
    );
  });
});

describe('import files', () => {
  it('accepts .csv and .xlsx only', () => {
    expect(importKindOf({ name: '发布记录.CSV' })).toBe('csv');
    expect(importKindOf({ name: '发布记录.xlsx' })).toBe('xlsx');
    expect(importKindOf({ name: 'export', type: 'text/csv' })).toBe('csv');
    expect(importKindOf({ name: '发布记录.xls' })).toBeUndefined();
    expect(importKindOf({ name: 'notes.txt', type: 'text/plain' })).toBeUndefined();
  });

  it('reads UTF-8 (dropping the BOM) and falls back to GB 18030 as Excel saves it', () => {
    const utf8 = new TextEncoder().encode('\uFEFF账号ID,发布时间\r\n');
    expect(decodeCsv(utf8)).toBe('账号ID,发布时间\r\n');
    // “账号ID” in GBK
    const gbk = new Uint8Array([0xd5, 0xcb, 0xba, 0xc5, 0x49, 0x44]);
    expect(decodeCsv(gbk)).toBe('账号ID');
  });

  it('offers a template with the header the API expects', () => {
    expect(importTemplate()).toBe('\uFEFF账号ID,发布时间,类型,标题,链接,来源\r\n');
  });
});
