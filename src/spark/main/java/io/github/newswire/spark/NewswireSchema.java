package io.github.newswire.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The fixed schema of {@code format("newswire")} and of the elements of {@code newswire_parse}:
 * the JSON contract of docs/json.md as Spark types, one row per item of a file (per entry of an
 * archive), and a row with {@code failure} set for a file or entry that could not be parsed.
 *
 * <pre>{@code
 * StructType schema = NewswireSchema.schema(false);
 * schema.fieldNames(); // source, item, format, uri, …, paragraphs, attribution, endMark, …, failure
 * }</pre>
 *
 * <p>Column names and nesting are the JSON property names; a column is null where the JSON leaves
 * the property out or writes null, so a parsed item has {@code failure} null and a failed file has
 * every column null but {@code source} and {@code failure}. {@code date} is a {@code DATE};
 * {@code firstcreated}, {@code versioncreated}, {@code embargoed} and {@code expires} are
 * {@code TIMESTAMP}s (the instant; the offset the file gave is in the JSON only); offsets are code
 * points, as in the JSON.
 *
 * @since 0.5
 */
public final class NewswireSchema {

    private static final StructType WITHOUT_SENTENCES = build(false);
    private static final StructType WITH_SENTENCES = build(true);

    private NewswireSchema() {
    }

    /**
     * Returns the schema of a row.
     *
     * @param sentences whether paragraphs carry their {@code sentences} (option {@code sentences})
     * @return the schema
     */
    public static StructType schema(boolean sentences) {
        return sentences ? WITH_SENTENCES : WITHOUT_SENTENCES;
    }

    /**
     * Returns the type that {@code newswire_parse} returns: an array of rows of {@link #schema(boolean)}.
     *
     * @param sentences whether paragraphs carry their {@code sentences}
     * @return the type
     */
    public static ArrayType functionType(boolean sentences) {
        return DataTypes.createArrayType(schema(sentences));
    }

    /**
     * Returns the type of the hidden column {@code _metadata}, as Spark's own file sources have it:
     * the file read ({@code file_path}, for an archive's entry the archive), {@code file_name},
     * {@code file_size} and {@code file_modification_time}. A query gets it by naming it:
     * {@code select("source", "_metadata.file_modification_time")}.
     *
     * @return the type
     */
    public static StructType metadata() {
        return METADATA;
    }

    private static final StructType METADATA = struct(string("file_path"), string("file_name"),
            field("file_size", DataTypes.LongType), timestamp("file_modification_time"));

    private static StructType build(boolean sentences) {
        StructType coded = struct(string("code"), string("name"));
        StructType concept = struct(string("code"), string("name"), string("scheme"));
        StructType paragraph = struct(string("text"), integer("start"), integer("end"), integer("line"),
                integer("column"), string("kind"));
        if (sentences) {
            paragraph = paragraph.add("sentences", array(struct(string("text"), integer("start"), integer("end"))));
        }
        return struct(
                string("source"),
                integer("item"),
                string("format"),
                string("uri"),
                string("version"),
                string("type"),
                string("headline"),
                string("slugline"),
                string("description"),
                string("ednote"),
                integer("urgency"),
                integer("priority"),
                field("categories", array(coded)),
                field("subjects", array(concept)),
                field("genres", array(concept)),
                field("keywords", array(DataTypes.StringType)),
                field("places", array(struct(string("name"), string("code")))),
                string("language"),
                timestamp("firstcreated"),
                timestamp("versioncreated"),
                timestamp("embargoed"),
                timestamp("expires"),
                string("pubstatus"),
                integer("wordcount"),
                string("takekey"),
                integer("sequence"),
                string("usageterms"),
                field("groups", array(struct(string("id"), string("role"), field("refs", array(struct(
                        string("kind"), string("ref"), string("contenttype"), string("headline"),
                        integer("item"))))))),
                field("date", DataTypes.DateType),
                string("byline"),
                string("translator"),
                field("bylineSpan", struct(integer("start"), integer("end"), integer("line"), integer("column"))),
                field("dateline", struct(string("place"), string("country"), string("date"), string("agency"),
                        string("dash"), string("text"))),
                field("paragraphs", array(paragraph)),
                field("attribution", struct(string("text"), field("agencies", array(DataTypes.StringType)),
                        string("dash"), integer("start"), integer("end"), integer("line"), integer("column"))),
                string("endMark"),
                string("markup"),
                field("diagnostics", array(struct(string("severity"), string("code"), string("message"),
                        integer("line"), integer("column")))),
                field("failure", struct(string("code"), string("message"), integer("line"), integer("column"),
                        field("offset", DataTypes.LongType))));
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    /** Arrays as Spark makes them (elements nullable), so that a Parquet round trip keeps the schema. */
    private static ArrayType array(DataType element) {
        return DataTypes.createArrayType(element);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructField string(String name) {
        return field(name, DataTypes.StringType);
    }

    private static StructField integer(String name) {
        return field(name, DataTypes.IntegerType);
    }

    private static StructField timestamp(String name) {
        return field(name, DataTypes.TimestampType);
    }
}
