package cn.gov.nantong.govmedia.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** Who a login id is: lists, timelines and the audit page show people by name, not by login id. */
@RestController
@Tag(name = "users")
class PeopleController {

    @Schema(name = "Person", description = "用户姓名及单位 / a user's display name and organization")
    record Person(@Schema(example = "cc-operator") String username, @Schema(example = "张运营") String displayName,
                  @Schema(example = "南通市崇川区教育体育局") String organizationName) {
    }

    private final UserRepository users;

    PeopleController(UserRepository users) {
        this.users = users;
    }

    @GetMapping("/api/v1/people")
    @Operation(operationId = "listPeople", summary = "按登录名查询姓名",
            description = "Every staff role, city-wide: the name and organization of each login id given (as on a signed "
                    + "document; no roles, contacts or status). Unknown login ids are left out.")
    Flux<Person> people(@Parameter(description = "登录名，可重复，最多 100 个",
                                   array = @ArraySchema(schema = @Schema(example = "cc-operator")))
                        @RequestParam @NotEmpty @Size(max = 100) List<@Size(max = 64) String> username) {
        return users.people(username);
    }
}
