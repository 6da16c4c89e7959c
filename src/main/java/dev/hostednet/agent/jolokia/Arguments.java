package dev.hostednet.agent.jolokia;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.openmbean.OpenType;
import org.jolokia.server.core.service.serializer.Serializer;

/**
 * Whether an exec request's arguments fit the operation: each one converted by Jolokia's own serializer to the
 * parameter type the registered MBean declares, exactly as Jolokia's exec handler converts them right after. A misfit
 * is a bad request that says what the operation takes. Left to Jolokia, a value it cannot convert answers a
 * text/plain 400 naming its internal request class, and a missing argument a bare "Invalid number of arguments".
 */
final class Arguments {

    private static final int SHOWN = 40;

    private Arguments() {
    }

    /**
     * @param given the arguments as Jolokia parsed them (null: none)
     * @return why they do not fit {@code operation}, or null when Jolokia can convert every one
     */
    static String problem(MBeanOperationInfo operation, List<?> given, Serializer serializer) {
        List<?> args = given == null ? List.of() : given;
        MBeanParameterInfo[] params = operation.getSignature();
        boolean fits = args.size() == params.length;
        for (int i = 0; fits && i < params.length; i++) {
            fits = converts(params[i], args.get(i), serializer);
        }
        return fits ? null : takes(operation) + "; got " + shown(args);
    }

    private static boolean converts(MBeanParameterInfo param, Object value, Serializer serializer) {
        try {
            Object openType = param.getDescriptor().getFieldValue("openType");
            Object converted = openType instanceof OpenType<?> type ? serializer.deserializeOpenType(type, value)
                : serializer.deserialize(param.getType(), value);
            // null converts to anything; a primitive parameter cannot take it (the MBean would fail, not Jolokia)
            return converted != null || !isPrimitive(param.getType());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isPrimitive(String type) {
        return List.of("int", "long", "boolean", "double", "float", "short", "byte", "char").contains(type);
    }

    /** "recentOutcomes takes count, an int"; "start takes no argument". */
    static String takes(MBeanOperationInfo operation) {
        MBeanParameterInfo[] params = operation.getSignature();
        String what = params.length == 0 ? "no argument" : Arrays.stream(params)
            .map(p -> p.getName() + ", " + article(typeName(p.getType()))).collect(Collectors.joining("; "));
        return operation.getName() + " takes " + what;
    }

    private static String typeName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String article(String word) {
        return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
    }

    private static String shown(List<?> args) {
        if (args.isEmpty()) {
            return "no argument";
        }
        String values = args.stream().map(Arguments::shown).collect(Collectors.joining(", "));
        return args.size() == 1 ? values : args.size() + " arguments: " + values;
    }

    /** A value as the client wrote it, cut short: an error answer should not repeat a megabyte back. */
    private static String shown(Object value) {
        String s = value instanceof String str ? "\"" + str + "\"" : String.valueOf(value);
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "...";
    }
}
