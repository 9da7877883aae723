package cn.gov.nantong.govmedia.common.openapi;

import cn.gov.nantong.govmedia.common.web.Problem;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contract's frame: info, security (a bearer token, or Swagger UI's own login at the identity provider with the
 * authorization code and PKCE), tags, and the problem answers every operation can give.
 */
@Configuration
class OpenApiConfig {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Bean
    OpenAPI govMediaOpenApi(@Value("${govmedia.openapi.authorization-url}") String authorizationUrl,
                            @Value("${govmedia.openapi.token-url}") String tokenUrl) {
        return new OpenAPI()
                .info(new Info().title("GovMedia 政务新媒体管理平台 API").version("v1")
                        .description("南通市政务新媒体管理平台的 REST 接口（依据《南通市政务新媒体管理办法（试行）》2019）。"
                                + " Errors are RFC 9457 problem details in Chinese and English.")
                        .contact(new Contact().name("南通市人民政府办公室 政务公开办").email("govmedia@nantong.gov.cn"))
                        .license(new License().name("Proprietary")))
                .servers(List.of(new Server().url("/").description("this server")))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Access token from the OpenID Connect provider"))
                        .addSecuritySchemes("oidc", new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                                .description("在身份认证服务登录（授权码 + PKCE）/ log in at the OpenID Connect provider")
                                .flows(new OAuthFlows().authorizationCode(new OAuthFlow()
                                        .authorizationUrl(authorizationUrl).tokenUrl(tokenUrl)
                                        .scopes(new Scopes().addString("openid", "OpenID Connect")
                                                .addString("profile", "姓名与登录名 / name and login"))))))
                .tags(List.of(
                        new Tag().name("organizations").description("单位：组织机构树与主管单位"),
                        new Tag().name("audit").description("审计：只追加、带哈希链的操作日志"),
                        new Tag().name("me").description("当前用户"),
                        new Tag().name("calendar").description("工作日历：法定节假日与调休"),
                        new Tag().name("accounts").description("账号：政务新媒体账号登记"),
                        new Tag().name("filings").description("备案：开设、变更、关停、注销备案"),
                        new Tag().name("public").description("公众接口：无需登录，按客户端限流"),
                        new Tag().name("public-interaction").description("公众互动：留言咨询投诉提交、办理进度查询、咨询答问库、辟谣（无需登录，按客户端地址和设备限流）"),
                        new Tag().name("complaints").description("公众互动（管理）：审核、转送、答复、办结（第二十四、二十九条）"),
                        new Tag().name("faqs").description("咨询答问库（第二十四条）"),
                        new Tag().name("counterfeits").description("假冒账号核查、致平台关停函与假冒账号名录（第三十条）"),
                        new Tag().name("staff").description("人员：运维人员、密码保管与更换（第二十六、二十七条）"),
                        new Tag().name("users").description("用户管理：登录账户、角色与所在单位，停用、解锁与重置密码"),
                        new Tag().name("sync").description("省级备案检查系统专用（客户端凭证，scope filing.sync）"),
                        new Tag().name("sync-admin").description("省级同步：报送队列、预警、对账"),
                        new Tag().name("rectifications").description("整改：省级检查与季度抽查发现问题的整改任务"),
                        new Tag().name("content-checks").description("内容自动检查（第十七至二十一条）"),
                        new Tag().name("lexicons").description("词库：禁用词、敏感词、表述错误、广告用语等"),
                        new Tag().name("publications").description("发布记录：系统内发布与外部导入（第十九条）"),
                        new Tag().name("review-tickets").description("审核：先审后发、分级签发（第十七至二十一条）"),
                        new Tag().name("repost-tasks").description("转发任务：上级下发、按发布记录认定完成、到期提醒与完成率（第二十一条）"),
                        new Tag().name("rumour-rebuttals").description("辟谣：经审核发布后进入公众辟谣栏目（第十七、二十三条）"),
                        new Tag().name("duty").description("值班值守：排班、当前值班人员、交接班记录、节假日值班空档（第二十九条）"),
                        new Tag().name("security-records").description("安全台账：安全管理制度、保密审查制度、应急预案，登录终端，自建应用安全检查（第二十七、二十九条）"),
                        new Tag().name("coverage").description("开设覆盖：应当开设政务新媒体的单位及应开未开情况（第十一条）"),
                        new Tag().name("incidents").description("事件与舆情：登记、分级时限、报告与签收、转交网信公安、删除有害信息、回应与滚动发布、办结与问责（第二十三、二十九、三十三条）"),
                        new Tag().name("supervision").description("监管：账号活跃度、否决项、总览与排行（第十九、三十二条）"),
                        new Tag().name("spot-checks").description("季度抽查：可复现的分层抽样、检查清单、发现问题与整改（第三十二、三十三条）"),
                        new Tag().name("measures").description("处理措施：约谈、警告、通报、责令关停（第三十四条）"),
                        new Tag().name("assessments").description("年度考核：评分方案、逐项说明、否决项计零分（第三十二条）"),
                        new Tag().name("supervision-jobs").description("监管任务：抽样与通报（网页、PDF、Word、Excel）生成，可查询进度（第三十二、三十三条）"),
                        new Tag().name("workbench").description("工作台：本辖区近期动态")));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            Map<String, Schema> problemSchemas = ModelConverters.getInstance().readAll(Problem.class);
            problemSchemas.forEach(openApi.getComponents()::addSchemas);
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> addProblems(path, method, operation)));
        };
    }

    /** A numeric-looking example of a string parameter (a division code, an id) must stay a string. */
    private static void quoteStringExamples(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().forEach(parameter -> {
            Schema<?> schema = parameter.getSchema();
            boolean stringTyped = schema != null && ("string".equals(schema.getType())
                    || (schema.getTypes() != null && schema.getTypes().contains("string")));
            if (stringTyped && parameter.getExample() != null) {
                // The YAML writer drops the quotes of a parameter example; a schema example keeps them.
                schema.setExample(parameter.getExample().toString());
                parameter.setExample(null);
            }
        });
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        quoteStringExamples(operation);
        boolean secured = path.startsWith("/api/v1/") || path.startsWith("/api/sync/");
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Map<String, ApiResponse> add = new LinkedHashMap<>();
        if (writes || (operation.getParameters() != null && !operation.getParameters().isEmpty())) {
            add.put("400", problem("请求参数校验失败 / validation failed", 400, "VALIDATION_FAILED", "请求中有 1 个字段无效"));
        }
        if (secured) {
            add.put("401", problem("未登录或令牌无效 / unauthenticated", 401, "UNAUTHENTICATED", "请提供有效的访问令牌"));
            add.put("403", problem("角色无权执行 / forbidden", 403, "FORBIDDEN", "您的角色无权执行此操作"));
            // a person can log in through Swagger UI; the provincial client's calls (/api/sync) need its own token
            operation.setSecurity(path.startsWith("/api/v1/")
                    ? List.of(new SecurityRequirement().addList("bearer"), new SecurityRequirement().addList("oidc"))
                    : List.of(new SecurityRequirement().addList("bearer")));
        }
        if (path.contains("{")) {
            add.put("404", problem("不存在或不在本单位范围内 / not found or out of scope", 404, "NOT_FOUND", "单位不存在或无权访问"));
        }
        if (writes && secured) {
            add.put("409", problem("与现有数据冲突 / conflict", 409, "CONFLICT", "请求与现有数据冲突"));
            add.put("422", problem("违反管理规定 / rule violated", 422, "RULE_VIOLATED", "违反《南通市政务新媒体管理办法（试行）》的规定"));
        }
        if (path.startsWith("/api/public/")) {
            ApiResponse limited = problem("请求过于频繁 / too many requests", 429, "RATE_LIMITED", "请求过于频繁，请稍后再试");
            limited.addHeaderObject("Retry-After", new Header().description("Seconds to wait before retrying")
                    .schema(new IntegerSchema().example(30)));
            add.put("429", limited);
            for (String code : List.of("200", "201")) {
                ApiResponse ok = responses.get(code);
                if (ok == null) {
                    continue;
                }
                ok.addHeaderObject("X-RateLimit-Limit", new Header().description("Requests allowed per minute")
                        .schema(new IntegerSchema().example(30)));
                ok.addHeaderObject("X-RateLimit-Remaining", new Header().description("Requests left in the current minute")
                        .schema(new IntegerSchema().example(29)));
            }
        }
        add.put("500", problem("服务器内部错误 / internal error", 500, "INTERNAL_ERROR", "服务器处理请求时出错，请凭请求编号联系管理员"));
        add.forEach(responses::putIfAbsent);
        operation.setResponses(responses);
    }

    private static ApiResponse problem(String description, int status, String code, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.TYPE_BASE + code.toLowerCase().replace('_', '-'));
        example.put("title", description.substring(0, description.indexOf(" /")));
        example.put("status", status);
        example.put("detail", detail);
        example.put("code", code);
        example.put("requestId", "5f2c9a7e0c1b4d2e");
        MediaType mediaType = new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)).example(example);
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json", mediaType));
    }
}
