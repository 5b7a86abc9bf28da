package io.github.newswire.spark;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;

/** Sent to the executors: makes each task's reader. */
final class NewswireReaderFactory implements PartitionReaderFactory {

    private static final long serialVersionUID = 1L;

    private final NewswireOptions options;
    private final boolean ignoreMissingFiles;
    private final StructType required;
    private final Broadcast<HadoopConfiguration> conf;

    NewswireReaderFactory(NewswireOptions options, boolean ignoreMissingFiles, StructType required,
            Broadcast<HadoopConfiguration> conf) {
        this.options = options;
        this.ignoreMissingFiles = ignoreMissingFiles;
        this.required = required;
        this.conf = conf;
    }

    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
        return new NewswirePartitionReader((NewswirePartition) partition, options, ignoreMissingFiles,
                new Rows(required, Rows.INTERNAL, options.segmenter()), conf.value().get());
    }
}
