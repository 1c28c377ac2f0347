package io.lastmilehub.connectors.support.json;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a JSON document Jackson failed, as a field path such as {@code orders[0].shipTo.adress}. */
public final class JsonErrorPaths {

    private JsonErrorPaths() {
    }

    /** The path of the field Jackson could not read; {@code whole} when it failed on the document itself. */
    public static String of(JsonMappingException e, String whole) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? whole : path.toString();
    }
}
