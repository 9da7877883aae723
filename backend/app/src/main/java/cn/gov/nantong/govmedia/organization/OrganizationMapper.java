package cn.gov.nantong.govmedia.organization;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
interface OrganizationMapper {

    OrganizationResponse toResponse(Organization organization);

    @Mapping(target = "children", source = "children")
    OrganizationNode toNode(Organization organization, List<OrganizationNode> children);
}
