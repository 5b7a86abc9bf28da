package io.github.newswire.spark;

import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.types.StructType;

/**
 * A read of a table: the columns the query asks for (column pruning: a query of {@code source}
 * and {@code date} builds no paragraph), the files listed and packed into tasks.
 */
final class NewswireScan implements SupportsPushDownRequiredColumns, Scan, Batch {

    private final NewswireOptions options;
    private final Map<String, String> hadoopOptions;
    private StructType required;

    NewswireScan(NewswireOptions options, Map<String, String> scanOptions) {
        this.options = options;
        this.hadoopOptions = Map.copyOf(scanOptions);
        this.required = NewswireSchema.schema(options.sentences);
    }

    @Override
    public void pruneColumns(StructType requiredSchema) {
        this.required = requiredSchema;
    }

    @Override
    public Scan build() {
        return this;
    }

    @Override
    public StructType readSchema() {
        return required;
    }

    @Override
    public String description() {
        return "newswire " + options.paths + " mode=" + options.mode + (options.strict ? " strict" : "");
    }

    @Override
    public Batch toBatch() {
        return this;
    }

    @Override
    public InputPartition[] planInputPartitions() {
        SparkSession spark = SparkSession.active();
        List<FileListing.ListedFile> files = FileListing.list(options, hadoopConfiguration(spark));
        long maxPartitionBytes = options.maxPartitionBytes > 0 ? options.maxPartitionBytes
                : JavaUtils.byteStringAsBytes(spark.conf().get("spark.sql.files.maxPartitionBytes", "128m"));
        long openCost = options.openCostInBytes > 0 ? options.openCostInBytes
                : JavaUtils.byteStringAsBytes(spark.conf().get("spark.sql.files.openCostInBytes", "4m"));
        return FileListing.pack(files, maxPartitionBytes, openCost, spark.sparkContext().defaultParallelism())
                .toArray(new InputPartition[0]);
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        SparkSession spark = SparkSession.active();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return new NewswireReaderFactory(options, required,
                context.broadcast(new HadoopConfiguration(hadoopConfiguration(spark))));
    }

    /** The session's Hadoop configuration with the load's options on top (fs.s3a.* per read, say). */
    private Configuration hadoopConfiguration(SparkSession spark) {
        Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
        hadoopOptions.forEach(conf::set);
        return conf;
    }
}
