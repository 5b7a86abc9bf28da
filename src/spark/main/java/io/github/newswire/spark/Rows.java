package io.github.newswire.spark;

import io.github.newswire.corpus.FileFailure;
import io.github.newswire.corpus.FileResult;
import io.github.newswire.json.ArticleJson;
import io.github.newswire.model.Article;
import io.github.newswire.parser.SentenceSegmenter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.unsafe.types.UTF8String;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes rows of {@link NewswireSchema}, or of the part of it a query reads, from the JSON tree of
 * an article ({@link ArticleJson#toTree}): the JSON contract is the one source of names, nesting
 * and offsets, and only the columns asked for are built. Not thread-safe: one per task.
 */
final class Rows {

    /** How values are made: Catalyst's internal form for the data source, Spark's external one for the function. */
    interface Values {
        Object string(String value);

        Object date(LocalDate value);

        Object timestamp(Instant value);

        Object array(Object[] elements);

        Object struct(Object[] fields);
    }

    /** Catalyst's internal values, as a data source gives them. */
    static final Values INTERNAL = new Values() {
        @Override
        public Object string(String value) {
            return UTF8String.fromString(value);
        }

        @Override
        public Object date(LocalDate value) {
            return Math.toIntExact(value.toEpochDay());
        }

        @Override
        public Object timestamp(Instant value) {
            return Math.addExact(Math.multiplyExact(value.getEpochSecond(), 1_000_000L), value.getNano() / 1_000);
        }

        @Override
        public Object array(Object[] elements) {
            return new GenericArrayData(elements);
        }

        @Override
        public Object struct(Object[] fields) {
            return new GenericInternalRow(fields);
        }
    };

    /** Spark's external values (String, LocalDate, Instant, Row), as a function returns them. */
    static final Values EXTERNAL = new Values() {
        @Override
        public Object string(String value) {
            return value;
        }

        @Override
        public Object date(LocalDate value) {
            return value;
        }

        @Override
        public Object timestamp(Instant value) {
            return value;
        }

        @Override
        public Object array(Object[] elements) {
            return elements;
        }

        @Override
        public Object struct(Object[] fields) {
            return RowFactory.create(fields);
        }
    };

    /** The name of Spark's hidden column of file metadata. */
    static final String METADATA_COLUMN = "_metadata";

    private final StructType schema;
    private final Values values;
    private final boolean needsArticle;
    private final boolean needsMetadata;
    private final SentenceSegmenter segmenter;

    /**
     * Rows of the given columns.
     *
     * @param schema    the columns to build, a part of {@link NewswireSchema}
     * @param values    how values are made
     * @param segmenter the segmenter for paragraphs' sentences, used only if the schema asks for them
     */
    Rows(StructType schema, Values values, Optional<SentenceSegmenter> segmenter) {
        this.schema = schema;
        this.values = values;
        boolean needsArticle = false;
        for (String name : schema.fieldNames()) {
            needsArticle |= !name.equals("source") && !name.equals("failure") && !name.equals(METADATA_COLUMN);
        }
        this.needsArticle = needsArticle;
        this.needsMetadata = java.util.Arrays.asList(schema.fieldNames()).contains(METADATA_COLUMN);
        this.segmenter = asksForSentences(schema) ? segmenter.orElse(null) : null;
    }

    private static boolean asksForSentences(StructType schema) {
        for (StructField field : schema.fields()) {
            if (field.name().equals("paragraphs") && field.dataType() instanceof ArrayType array
                    && array.elementType() instanceof StructType paragraph) {
                return java.util.Arrays.asList(paragraph.fieldNames()).contains("sentences");
            }
        }
        return false;
    }

    /**
     * The value of the {@code _metadata} column for a file, made only if the query reads it.
     *
     * @param path             the file's path
     * @param length           its length
     * @param modificationTime its modification time, in milliseconds since the epoch
     * @return the metadata, as {@link #article} and {@link #failure} take it; null if not read
     */
    JsonNode metadata(String path, long length, long modificationTime) {
        if (!needsMetadata) {
            return null;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("file_path", path);
        node.put("file_name", path.substring(path.lastIndexOf('/') + 1));
        node.put("file_size", length);
        node.put("file_modification_time", Instant.ofEpochMilli(modificationTime).toString());
        return node;
    }

    /**
     * The {@code source} of a file's result: the file's full path, with the tail the parser gave
     * an archive's entry ({@code !/ENTRY}) after it.
     *
     * @param path   the file's full path
     * @param name   the name the file was parsed under, which the result's path starts with
     * @param result the result
     * @return the source
     */
    static String source(String path, String name, FileResult result) {
        return path + result.path().toString().substring(name.length());
    }

    /**
     * The row of a parsed item.
     *
     * @param source   where it was read from ({@code ARCHIVE!/ENTRY} for an entry)
     * @param article  the item
     * @param metadata the file's {@link #metadata}, or null where there is no file
     * @return the row: an {@code InternalRow} or a {@code Row}, as the values are made
     */
    Object article(String source, Article article, JsonNode metadata) {
        JsonNode tree = needsArticle ? ArticleJson.toTree(article, segmenter) : null;
        return row(source, tree, null, metadata);
    }

    /**
     * The row of a file or entry that could not be parsed.
     *
     * @param source   where it was read from
     * @param failure  why it gave no item
     * @param metadata the file's {@link #metadata}, or null where there is no file
     * @return the row
     */
    Object failure(String source, FileFailure failure, JsonNode metadata) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("code", failure.code());
        node.put("message", failure.message());
        if (failure.hasPosition()) {
            node.put("line", failure.line());
            node.put("column", failure.column());
        }
        if (failure.offset() >= 0) {
            node.put("offset", failure.offset());
        }
        return row(source, null, node, metadata);
    }

    private Object row(String source, JsonNode article, JsonNode failure, JsonNode metadata) {
        StructField[] fields = schema.fields();
        Object[] row = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            String name = fields[i].name();
            if (name.equals("source")) {
                row[i] = source == null ? null : values.string(source);
            } else if (name.equals("failure")) {
                row[i] = value(failure, fields[i].dataType());
            } else if (name.equals(METADATA_COLUMN)) {
                row[i] = value(metadata, fields[i].dataType());
            } else if (article != null) {
                row[i] = value(article.get(name), fields[i].dataType());
            }
        }
        return values.struct(row);
    }

    /** A JSON value as the given type; the depth is the schema's, never the input's. */
    private Object value(JsonNode node, DataType type) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (type instanceof StructType struct) {
            StructField[] fields = struct.fields();
            Object[] row = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                row[i] = value(node.get(fields[i].name()), fields[i].dataType());
            }
            return values.struct(row);
        }
        if (type instanceof ArrayType array) {
            Object[] elements = new Object[node.size()];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = value(node.get(i), array.elementType());
            }
            return values.array(elements);
        }
        if (type instanceof StringType) {
            return values.string(node.asString());
        }
        if (type instanceof IntegerType) {
            return node.asInt();
        }
        if (type instanceof LongType) {
            return node.asLong();
        }
        if (type instanceof DateType) {
            return values.date(LocalDate.parse(node.asString()));
        }
        if (type instanceof TimestampType) {
            return values.timestamp(OffsetDateTime.parse(node.asString()).toInstant());
        }
        throw new IllegalStateException("newswire: no value of type " + type.simpleString() + " in the schema");
    }
}
