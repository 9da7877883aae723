import { describe, expect, it } from 'vitest';
import { changesOf } from './changes';

describe('changesOf', () => {
  it('lists only the fields that changed, by their Chinese names', () => {
    expect(
      changesOf(
        { name: '崇川教育', status: 'ACTIVE', version: 1, roles: ['OPERATOR'] },
        { name: '崇川教育发布', status: 'ACTIVE', version: 2, roles: ['OPERATOR', 'REVIEWER'] },
      ),
    ).toEqual([
      { field: 'name', label: '名称', before: '崇川教育', after: '崇川教育发布' },
      { field: 'roles', label: '角色', before: 'OPERATOR', after: 'OPERATOR、REVIEWER' },
    ]);
  });

  it('shows a new object field by field, and a deleted one with its last values', () => {
    expect(changesOf(null, { title: '通知', enabled: true })).toEqual([
      { field: 'title', label: '标题', before: '—', after: '通知' },
      { field: 'enabled', label: '启用', before: '—', after: '是' },
    ]);
    expect(changesOf({ title: '通知' }, null)).toEqual([
      { field: 'title', label: '标题', before: '通知', after: '—' },
    ]);
  });
});
