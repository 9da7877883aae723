import dayjs from 'dayjs';
import {
  DRAFT_MAX_AGE_MS,
  draftKey,
  readDraft,
  removeDraft,
  removeDraftsOf,
  sameValues,
  writeDraft,
} from './drafts';

const NOW = Date.parse('2026-12-05T02:00:00Z');

beforeEach(() => window.localStorage.clear());

describe('drafts', () => {
  it('names a draft by user, form and object', () => {
    expect(draftKey('cc-operator', 'review', 42)).toBe('govmedia.draft.cc-operator.review.42');
    expect(draftKey('cc-operator', 'review', undefined)).toBe(
      'govmedia.draft.cc-operator.review.new',
    );
  });

  it('reads back what was written, dates as dayjs', () => {
    const key = draftKey('cc-operator', 'review', undefined);
    const plannedAt = dayjs('2026-12-06T01:30:00Z');
    writeDraft(key, 'cc-operator', { title: '开学通知', accountId: 11, plannedAt }, NOW);

    const draft = readDraft(key, 'cc-operator', NOW);

    expect(draft?.savedAt).toBe(NOW);
    expect(draft?.values.title).toBe('开学通知');
    expect(draft?.values.accountId).toBe(11);
    expect(dayjs.isDayjs(draft?.values.plannedAt)).toBe(true);
    expect((draft?.values.plannedAt as dayjs.Dayjs).valueOf()).toBe(plannedAt.valueOf());
  });

  it('never hands a draft to anyone but its owner', () => {
    const key = draftKey('cc-operator', 'review', 7);
    writeDraft(key, 'cc-operator', { title: '内部稿' }, NOW);

    expect(readDraft(key, 'cc-reviewer', NOW)).toBeUndefined();
    expect(readDraft(key, 'cc-operator', NOW)?.values.title).toBe('内部稿');
  });

  it('drops a draft older than the maximum age', () => {
    const key = draftKey('cc-operator', 'rumour', 3);
    writeDraft(key, 'cc-operator', { title: '旧稿' }, NOW);

    expect(readDraft(key, 'cc-operator', NOW + DRAFT_MAX_AGE_MS + 1)).toBeUndefined();
    expect(window.localStorage.getItem(key)).toBeNull();
  });

  it('ignores entries that are not drafts', () => {
    window.localStorage.setItem('govmedia.draft.cc-operator.review.new', '{not json');
    expect(readDraft('govmedia.draft.cc-operator.review.new', 'cc-operator')).toBeUndefined();
  });

  it('removes one draft, or all of one user (and only theirs)', () => {
    writeDraft(draftKey('zhang', 'review', 1), 'zhang', { title: 'a' }, NOW);
    writeDraft(draftKey('zhang', 'rumour', 2), 'zhang', { title: 'b' }, NOW);
    writeDraft(draftKey('zhang.san', 'review', 1), 'zhang.san', { title: 'c' }, NOW);
    window.localStorage.setItem('govmedia.relogin-at', '1');

    removeDraft(draftKey('zhang', 'rumour', 2));
    expect(readDraft(draftKey('zhang', 'rumour', 2), 'zhang', NOW)).toBeUndefined();

    removeDraftsOf('zhang');
    expect(readDraft(draftKey('zhang', 'review', 1), 'zhang', NOW)).toBeUndefined();
    expect(readDraft(draftKey('zhang.san', 'review', 1), 'zhang.san', NOW)?.values.title).toBe('c');
    expect(window.localStorage.getItem('govmedia.relogin-at')).toBe('1');
  });

  it('compares values regardless of order and undefined fields', () => {
    const day = dayjs('2026-12-06');
    expect(sameValues({ a: 1, b: day, c: undefined }, { b: dayjs('2026-12-06'), a: 1 })).toBe(true);
    expect(sameValues({ a: 1 }, { a: 2 })).toBe(false);
  });
});
