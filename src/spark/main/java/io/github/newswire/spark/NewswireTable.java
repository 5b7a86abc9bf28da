package io.github.newswire.spark;

import java.util.Set;
import org.apache.spark.sql.connector.catalog.Column;
import org.apache.spark.sql.connector.catalog.MetadataColumn;
import org.apache.spark.sql.connector.catalog.SupportsMetadataColumns;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** The files of one load, as a table that can be read in batches, with Spark's hidden {@code _metadata} column. */
final class NewswireTable implements SupportsRead, SupportsMetadataColumns {

    private final NewswireOptions options;

    NewswireTable(NewswireOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "newswire " + options.paths;
    }

    @Override
    public Column[] columns() {
        StructField[] fields = NewswireSchema.schema(options.sentences).fields();
        Column[] columns = new Column[fields.length];
        for (int i = 0; i < fields.length; i++) {
            columns[i] = Column.create(fields[i].name(), fields[i].dataType(), fields[i].nullable());
        }
        return columns;
    }

    @Override
    public MetadataColumn[] metadataColumns() {
        return new MetadataColumn[] {new MetadataColumn() {
            @Override
            public String name() {
                return Rows.METADATA_COLUMN;
            }

            @Override
            public DataType dataType() {
                return NewswireSchema.metadata();
            }

            @Override
            public boolean isNullable() {
                return false;
            }

            @Override
            public String comment() {
                return "the file read: path, name, size and modification time";
            }
        }};
    }

    @Override
    public Set<TableCapability> capabilities() {
        return Set.of(TableCapability.BATCH_READ);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap scanOptions) {
        return new NewswireScan(options, scanOptions);
    }
}
