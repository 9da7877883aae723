package cn.gov.nantong.govmedia.repost;

enum RepostTaskStatus { OPEN, CANCELLED }
