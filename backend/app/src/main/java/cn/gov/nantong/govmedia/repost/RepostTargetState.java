package cn.gov.nantong.govmedia.repost;

/** A target account's state: reposted by the deadline, still to do, or past the deadline without a repost. */
enum RepostTargetState { DONE, PENDING, OVERDUE }
