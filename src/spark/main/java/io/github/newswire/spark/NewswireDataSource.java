package io.github.newswire.spark;

import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The Spark data source {@code format("newswire")}: wire files of every format, loose or in
 * archives (tar, tar.gz, tgz, zip), as a DataFrame of the fixed schema {@link NewswireSchema},
 * one row per item, a row with {@code failure} set for a file that cannot be parsed.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().format("newswire")
 *         .option("mode", "DROPMALFORMED")
 *         .load("/data/wires/2024/", "/data/archives/2024-11.tar.gz");
 * articles.select("source", "date", "dateline.place").show();
 * }</pre>
 *
 * <p>Options (names case-insensitive): {@code mode} ({@code PERMISSIVE}, the default, keeps a
 * failure row; {@code DROPMALFORMED} drops it; {@code FAILFAST} fails the query), {@code strict}
 * (errors in a file make it a failure), {@code inputFormat} (one format for every file instead of
 * detecting each), {@code sentences} (paragraphs carry {@code sentences}),
 * {@code pathGlobFilter}, {@code recursiveFileLookup} (default true), {@code maxPartitionBytes}
 * and {@code openCostInBytes} (default: the session's {@code spark.sql.files.*}). See
 * docs/spark.md.
 *
 * @since 0.5
 */
public final class NewswireDataSource implements TableProvider, DataSourceRegister {

    /** Creates the source; Spark does, by its short name. */
    public NewswireDataSource() {
        // Stateless: everything a load needs is in its options.
    }

    @Override
    public String shortName() {
        return "newswire";
    }

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        // Checked here, when the DataFrame is made, rather than when a task first reads.
        return NewswireSchema.schema(NewswireOptions.of(options).sentences);
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        return new NewswireTable(NewswireOptions.of(properties));
    }
}
