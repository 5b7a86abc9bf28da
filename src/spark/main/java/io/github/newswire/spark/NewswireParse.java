package io.github.newswire.spark;

import io.github.newswire.corpus.FileResult;
import io.github.newswire.model.Article;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;

/**
 * The function {@code newswire_parse(content, path)}: the bytes of one file (a wire file of any
 * format, or an archive) parsed into an array of rows of {@link NewswireSchema}, one per item
 * (per item of each entry of an archive), as {@code format("newswire")} gives them; a file that
 * cannot be parsed gives one row with {@code failure} set. Null bytes give null.
 *
 * <pre>{@code
 * spark.udf().registerJava("newswire_parse", NewswireParse.class.getName(), NewswireSchema.functionType(false));
 * spark.sql("SELECT inline(newswire_parse(content, path)) FROM binaryFile.`/data/drop`");
 * }</pre>
 *
 * <p>{@link NewswireFunctions#register} registers it in one call; PySpark registers this class by
 * name with {@code spark.udf.registerJavaFunction} (docs/spark.md).
 *
 * @since 0.5
 */
public final class NewswireParse implements UDF2<byte[], String, Row[]> {

    private static final long serialVersionUID = 1L;

    private final NewswireOptions options;
    private transient Rows rows;

    /** The function with the default options (lenient, every format detected, no sentences). */
    public NewswireParse() {
        this(Map.of());
    }

    /**
     * The function with options: {@code strict}, {@code inputFormat} and {@code sentences}, as
     * for {@code format("newswire")}.
     *
     * @param options the options
     * @throws IllegalArgumentException if an option's value is not one it takes
     */
    public NewswireParse(Map<String, String> options) {
        this.options = NewswireOptions.of(options);
    }

    /**
     * Returns the type this function returns with these options.
     *
     * @return an array of rows of {@link NewswireSchema}
     */
    public org.apache.spark.sql.types.ArrayType returnType() {
        return NewswireSchema.functionType(options.sentences);
    }

    @Override
    public Row[] call(byte[] content, String path) {
        if (content == null) {
            return null;
        }
        if (rows == null) {
            rows = new Rows(NewswireSchema.schema(options.sentences), Rows.EXTERNAL, options.segmenter());
        }
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        String name = last.isEmpty() ? "input" : last;
        List<Row> out = new ArrayList<>();
        try (Stream<FileResult> results = options.corpusParser().parseStream(new ByteArrayInputStream(content), name)) {
            results.forEach(result -> {
                String source = path == null ? null : Rows.source(path, name, result);
                if (result.failure().isPresent()) {
                    out.add((Row) rows.failure(source, result.failure().get(), null));
                }
                for (Article article : result.articles()) {
                    out.add((Row) rows.article(source, article, null));
                }
            });
        }
        return out.toArray(new Row[0]);
    }
}
