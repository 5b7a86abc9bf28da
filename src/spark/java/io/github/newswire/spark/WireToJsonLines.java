package io.github.newswire.spark;

import io.github.newswire.Article;
import io.github.newswire.FileFailure;
import io.github.newswire.WireParseException;
import io.github.newswire.WireParser;
import io.github.newswire.json.ArticleJson;
import java.io.Serializable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * A Spark job that parses a corpus of wire files into JSON Lines: articles to {@code OUT/articles},
 * one line per file that failed to {@code OUT/failures}. Run it with spark-submit:
 * {@code spark-submit --class io.github.newswire.spark.WireToJsonLines app.jar INPUT_DIR OUT_DIR}.
 */
public final class WireToJsonLines implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What one file gave: its article as JSON, or its failure as JSON. */
    public record Outcome(boolean parsed, String json) implements Serializable {
    }

    private WireToJsonLines() {
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("newswire").getOrCreate();
        run(spark, args[0], args[1]);
        spark.stop();
    }

    /** Reads every file under {@code input}, parses it, writes {@code output}/articles and /failures. */
    public static void run(SparkSession spark, String input, String output) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // binaryFiles gives (path, bytes) pairs; recursive lookup reads a whole tree of files.
        spark.sparkContext().hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        JavaPairRDD<String, PortableDataStream> files = context.binaryFiles(input);
        JavaRDD<Outcome> outcomes = files.map(WireToJsonLines::parse).cache();
        outcomes.filter(Outcome::parsed).map(Outcome::json).saveAsTextFile(output + "/articles");
        outcomes.filter(outcome -> !outcome.parsed()).map(Outcome::json).saveAsTextFile(output + "/failures");
        outcomes.unpersist();
    }

    /** Parses one file; a file that cannot be parsed becomes a failure line, never a failed task. */
    static Outcome parse(Tuple2<String, PortableDataStream> file) {
        // WireParser is immutable and thread-safe; building it is cheap, and each executor needs one.
        WireParser parser = Parsers.LENIENT;
        try {
            Article article = parser.parse(file._2().toArray()).withSource(file._1());
            return new Outcome(true, ArticleJson.toJson(article));
        } catch (WireParseException e) {
            return new Outcome(false, ArticleJson.failureToJson(file._1(), FileFailure.of(e)));
        }
    }

    /** One parser per JVM (driver or executor), created when first used. */
    private static final class Parsers {
        static final WireParser LENIENT = WireParser.builder().build();
    }
}
