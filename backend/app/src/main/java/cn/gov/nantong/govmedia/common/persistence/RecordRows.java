package cn.gov.nantong.govmedia.common.persistence;

import io.r2dbc.spi.Readable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Maps a flat row to a record: each component is read from the column of its name in snake_case ({@code createdAt}
 * from {@code created_at}). Enums are read by name, lists from arrays (none is an empty list), a null primitive is
 * its zero. A record with nested parts or computed components keeps a mapping of its own.
 */
public final class RecordRows<R extends Record> implements Function<Readable, R> {

    private final Constructor<R> constructor;
    private final Column[] columns;

    private RecordRows(Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        this.columns = Arrays.stream(components).map(Column::of).toArray(Column[]::new);
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type + " has no canonical constructor", e);
        }
    }

    public static <R extends Record> RecordRows<R> of(Class<R> type) {
        return new RecordRows<>(type);
    }

    @Override
    public R apply(Readable row) {
        Object[] values = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            try {
                values[i] = columns[i].read(row);
            } catch (RuntimeException e) {
                throw new IllegalStateException("cannot read column " + columns[i].name() + " for "
                        + constructor.getDeclaringClass().getSimpleName(), e);
            }
        }
        try {
            return constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot map a row to " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    static String column(String component) {
        return component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private record Column(String name, Class<?> type, Class<?> element) {

        static Column of(RecordComponent component) {
            Type generic = component.getGenericType();
            Class<?> element = generic instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> c
                    ? c : Object.class;
            return new Column(column(component.getName()), component.getType(), element);
        }

        Object read(Readable row) {
            if (type.isEnum()) {
                String name = row.get(this.name, String.class);
                return name == null ? null : constant(type, name);
            }
            if (type == List.class) {
                String[] items = row.get(this.name, String[].class);
                return items == null ? List.of()
                        : Arrays.stream(items).map(item -> element.isEnum() ? constant(element, item) : item).toList();
            }
            if (type.isPrimitive()) {
                Object value = row.get(this.name, boxed(type));
                return value != null ? value : type == boolean.class ? Boolean.FALSE : zero(type);
            }
            return row.get(this.name, type);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object constant(Class<?> type, String name) {
            return Enum.valueOf((Class) type, name);
        }

        private static Class<?> boxed(Class<?> primitive) {
            return switch (primitive.getName()) {
                case "boolean" -> Boolean.class;
                case "int" -> Integer.class;
                case "long" -> Long.class;
                case "double" -> Double.class;
                default -> throw new IllegalArgumentException("unsupported column type " + primitive);
            };
        }

        private static Object zero(Class<?> primitive) {
            return switch (primitive.getName()) {
                case "int" -> 0;
                case "long" -> 0L;
                default -> 0.0;
            };
        }
    }
}
