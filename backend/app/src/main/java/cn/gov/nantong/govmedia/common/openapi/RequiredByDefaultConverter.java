package cn.gov.nantong.govmedia.common.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Our response records list every field as required unless the component is marked {@link Nullable}, so the
 * generated TypeScript types are exact. Records with validation annotations are requests: Bean Validation
 * already says what they require.
 */
@Component
class RequiredByDefaultConverter implements ModelConverter {

    private static final String BASE_PACKAGE = "cn.gov.nantong.govmedia";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = rawClass(type);
        if (raw == null || !raw.isRecord() || !raw.getPackageName().startsWith(BASE_PACKAGE) || isRequest(raw)) {
            return schema;
        }
        Schema<?> target = schema;
        if (schema != null && schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            target = context.getDefinedModels().get(name);
        }
        if (target != null && target.getProperties() != null) {
            List<String> required = new ArrayList<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class) && target.getProperties().containsKey(component.getName())) {
                    required.add(component.getName());
                }
            }
            target.setRequired(required.isEmpty() ? null : required);
        }
        return schema;
    }

    /** Constraint annotations land on the record's fields (their targets do not include record components). */
    private static boolean isRequest(Class<?> record) {
        return Arrays.stream(record.getDeclaredFields()).flatMap(f -> Arrays.stream(f.getAnnotations()))
                .anyMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.validation"));
    }

    private static Class<?> rawClass(AnnotatedType type) {
        if (type.getType() instanceof Class<?> c) {
            return c;
        }
        JavaType javaType = Json.mapper().constructType(type.getType());
        return javaType == null ? null : javaType.getRawClass();
    }
}
