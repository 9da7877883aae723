package cn.gov.nantong.govmedia.filing;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
interface FilingMapper {

    /** The filing as stored, with the warnings its submission raised (Art 15: they do not stop it). */
    @Mapping(target = "warnings", source = "warnings")
    FilingResponse withWarnings(FilingResponse filing, List<String> warnings);
}
