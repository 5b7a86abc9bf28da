package io.github.newswire.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What a user of the jar does, run by {@link ShadedJarIT} in a JVM whose class path is Spark's and
 * the newswire-spark jar, nothing else: prints the rows' count, the first seed's date and the
 * function's count.
 */
public final class ShadedJarSmoke {

    private ShadedJarSmoke() {
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("newswire-jar")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            long rows = spark.read().format("newswire").load(args[0]).count();
            Row first = spark.read().format("newswire").load(args[0]).orderBy("source").select("date").first();
            NewswireFunctions.register(spark);
            long parsed = spark.sql("SELECT inline(newswire_parse(content, path)) FROM binaryFile.`" + args[0] + "`")
                    .count();
            System.out.println("rows=" + rows + " first=" + first.get(0) + " function=" + parsed);
            // Every format (the JSON and XML readers use the relocated Jackson and the JDK's XML) and an archive.
            List<String> formats = new ArrayList<>();
            for (Row row : spark.read().format("newswire").load(args[1], args[2]).where("failure IS NULL")
                    .select("format").distinct().orderBy("format").collectAsList()) {
                formats.add(row.getString(0));
            }
            long entries = spark.read().format("newswire").load(args[2]).where("source LIKE '%.zip!/%'").count();
            System.out.println("formats=" + formats + " zip-entries=" + entries);
        } finally {
            spark.stop();
        }
    }
}
