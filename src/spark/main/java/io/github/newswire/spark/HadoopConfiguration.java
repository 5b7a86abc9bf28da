package io.github.newswire.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * A Hadoop configuration sent to the tasks once (broadcast). Hadoop's own is Writable, not
 * Serializable, and a broadcast goes through {@code spark.serializer}: with Kryo, custom
 * {@code writeObject} methods are never called. So the entries travel as a plain map, which
 * every serializer carries, and the configuration is rebuilt on first use.
 */
final class HadoopConfiguration implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, String> entries = new HashMap<>();
    private transient Configuration conf;

    HadoopConfiguration(Configuration conf) {
        for (Map.Entry<String, String> entry : conf) {
            entries.put(entry.getKey(), entry.getValue());
        }
    }

    synchronized Configuration get() {
        if (conf == null) {
            Configuration rebuilt = new Configuration(false);
            entries.forEach(rebuilt::set);
            conf = rebuilt;
        }
        return conf;
    }
}
