import { barOption, lineOption, pieOption } from './charts';

describe('chart options', () => {
  it('leaves empty slices out of a pie', () => {
    const option = pieOption('账号数', [
      { name: '微博', value: 3 },
      { name: '抖音', value: 0 },
    ]);
    expect(option.series).toEqual([
      expect.objectContaining({ type: 'pie', data: [{ name: '微博', value: 3 }] }),
    ]);
  });

  it('keeps the order of the bars', () => {
    const option = barOption('账号数', [
      { name: '已开通', value: 5 },
      { name: '已关停', value: 1 },
    ]);
    expect(option.xAxis).toMatchObject({ data: ['已开通', '已关停'] });
    expect(option.series).toEqual([expect.objectContaining({ type: 'bar', data: [5, 1] })]);
  });

  it('draws one line per series over the categories', () => {
    const option = lineOption(
      ['11-02', '11-09'],
      [
        { name: '一周未更新', values: [2, 1] },
        { name: '触发否决', values: [0, 1] },
      ],
    );
    expect(option.xAxis).toMatchObject({ data: ['11-02', '11-09'] });
    expect(option.series).toEqual([
      { name: '一周未更新', type: 'line', data: [2, 1] },
      { name: '触发否决', type: 'line', data: [0, 1] },
    ]);
  });
});
