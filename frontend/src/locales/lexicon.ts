import type { LexiconKind } from '../api/types';

/** 词库类别 of the automatic content checks. */
export const LEXICON_KIND_LABELS: Record<LexiconKind, string> = {
  BANNED: '禁用词',
  SENSITIVE: '敏感词',
  WORDING_ERROR: '规范表述',
  ADVERTISING: '商业广告',
  OPINION: '个人观点',
  SENSITIVE_TOPIC: '重大敏感事项',
  APPROVED_SOURCE: '认可的转载来源',
  SECRET: '涉密标识',
};

/** What a match of each kind does, in one line. */
export const LEXICON_KIND_HINTS: Record<LexiconKind, string> = {
  BANNED: '违法违规用语：命中即不能提交（《办法》第十九条）。',
  SENSITIVE: '敏感用语：提示撰稿人确认后方可提交（《办法》第十九条）。',
  WORDING_ERROR: '常见错误表述（如领导职务、机构名称）：提示并给出正确写法（《办法》第二十条）。',
  ADVERTISING: '商业推广用语：不得刊登商业广告（《办法》第十九条）。',
  OPINION: '个人观点、情绪用语：不得擅自发布个人观点（《办法》第十九条）。',
  SENSITIVE_TOPIC:
    '重大事件、群体性事件、灾情疫情等：命中即按重大敏感信息审核（《办法》第十七条）。',
  APPROVED_SOURCE: '党政机关和指定媒体：转载只能来自这些来源（《办法》第二十一条）。',
  SECRET: '密级、保密标识：命中须经保密审查后方可签发（《办法》第二十八条）。',
};
