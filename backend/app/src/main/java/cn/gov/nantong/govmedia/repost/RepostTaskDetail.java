package cn.gov.nantong.govmedia.repost;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "转发任务详情 / a required repost with each target account's state")
record RepostTaskDetail(RepostTask task, List<RepostTarget> targets) {
}
