package io.github.newswire.spark;

import java.time.ZoneId;
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
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A read of a table: the columns the query asks for (column pruning: a query of {@code source}
 * and {@code date} builds no paragraph), the files listed and packed into tasks.
 */
final class NewswireScan implements SupportsPushDownRequiredColumns, Scan, Batch {

    private final NewswireOptions options;
    private final Map<String, String> hadoopOptions;
    private StructType required;
    /** Made once, for the listing and for the tasks: see {@link #hadoopConfiguration}. */
    private Configuration conf;

    NewswireScan(NewswireOptions options, CaseInsensitiveStringMap scanOptions) {
        this.options = options;
        // As given: Hadoop's keys are case-sensitive (fs.defaultFS, fs.s3a.bucket.MyBucket.*).
        this.hadoopOptions = Map.copyOf(scanOptions.asCaseSensitiveMap());
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
        List<FileListing.ListedFile> files = FileListing.list(options, hadoopConfiguration(spark),
                ZoneId.of(spark.conf().get("spark.sql.session.timeZone", ZoneId.systemDefault().getId())));
        long maxPartitionBytes = options.maxPartitionBytes > 0 ? options.maxPartitionBytes
                : JavaUtils.byteStringAsBytes(spark.conf().get("spark.sql.files.maxPartitionBytes", "128m"));
        long openCost = options.openCostInBytes > 0 ? options.openCostInBytes
                : JavaUtils.byteStringAsBytes(spark.conf().get("spark.sql.files.openCostInBytes", "4m"));
        scala.Option<String> minPartitions = spark.conf().getOption("spark.sql.files.minPartitionNum");
        int parallelism = minPartitions.isDefined() ? Integer.parseInt(minPartitions.get())
                : spark.sparkContext().defaultParallelism();
        return FileListing.pack(files, maxPartitionBytes, openCost, parallelism).toArray(new InputPartition[0]);
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        SparkSession spark = SparkSession.active();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        boolean ignoreMissingFiles = options.ignoreMissingFiles().orElseGet(() ->
                Boolean.parseBoolean(spark.conf().get("spark.sql.files.ignoreMissingFiles", "false")));
        return new NewswireReaderFactory(options, ignoreMissingFiles, required,
                context.broadcast(new HadoopConfiguration(hadoopConfiguration(spark))));
    }

    /**
     * The Hadoop configuration of this read, as Spark's own file sources make it: the context's,
     * then the session's settings ({@code spark.conf.set("fs.s3a…", …)}), then the load's options.
     */
    private Configuration hadoopConfiguration(SparkSession spark) {
        if (conf == null) {
            Configuration made = new Configuration(spark.sparkContext().hadoopConfiguration());
            CollectionConverters.asJava(spark.conf().getAll()).forEach((key, value) -> {
                if (value != null) {
                    made.set(key, value);
                }
            });
            hadoopOptions.forEach(made::set);
            conf = made;
        }
        return conf;
    }
}
