import type { Rule } from 'antd/es/form';

/** An http(s) address, surrounding blanks tolerated (the API trims them). */
export const HTTP_URL_RULE: Rule = {
  pattern: /^\s*https?:\/\/\S+\s*$/i,
  message: '请填写 http 或 https 开头的网址',
};
