package cn.gov.nantong.govmedia.incident;

import cn.gov.nantong.govmedia.incident.accountability.AccountabilityRecord;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "事件详情 / an incident with its timeline, response posts and accountability records")
record IncidentDetail(Incident incident, List<IncidentEvent> timeline, List<LinkedTicket> tickets,
                      List<AccountabilityRecord> accountability) {
}
