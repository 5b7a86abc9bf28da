package io.github.newswire.spark;

import io.github.newswire.corpus.CorpusParser;
import io.github.newswire.corpus.FileFailure;
import io.github.newswire.corpus.FileResult;
import io.github.newswire.json.ArticleJson;
import io.github.newswire.model.Article;
import io.github.newswire.parser.WireParseException;
import io.github.newswire.parser.WireParser;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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
        // An archive is one record, read by one task that streams its entries; a loose file is one record.
        JavaRDD<Outcome> outcomes = files.flatMap(WireToJsonLines::parseAny).cache();
        outcomes.filter(Outcome::parsed).map(Outcome::json).saveAsTextFile(output + "/articles");
        outcomes.filter(outcome -> !outcome.parsed()).map(Outcome::json).saveAsTextFile(output + "/failures");
        outcomes.unpersist();
    }

    /**
     * Parses a file, or every entry of an archive (tar, tar.gz, tgz, zip), streaming it; a file
     * that holds several items (a NewsML-G2 newsMessage, say) gives a line per item.
     */
    static Iterator<Outcome> parseAny(Tuple2<String, PortableDataStream> file) {
        String name = file._1().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".tar") || name.endsWith(".tar.gz") || name.endsWith(".tgz") || name.endsWith(".zip"))) {
            return parse(file).iterator();
        }
        // Lazily, one entry at a time, so that a task's memory does not grow with its archive; the
        // archive is closed when its last entry has been read.
        Stream<FileResult> results = CorpusParser.of(Parsers.LENIENT).parseArchive(file._2().open(), file._1());
        Iterator<Outcome> outcomes = results.flatMap(WireToJsonLines::outcomes).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = outcomes.hasNext();
                if (!more) {
                    results.close();
                }
                return more;
            }

            @Override
            public Outcome next() {
                return outcomes.next();
            }
        };
    }

    private static Stream<Outcome> outcomes(FileResult result) {
        if (result.failure().isPresent()) {
            return Stream.of(new Outcome(false, ArticleJson.failureToJson(result.path().toString(),
                    result.failure().get())));
        }
        return result.articles().stream().map(article -> new Outcome(true, ArticleJson.toJson(article)));
    }

    /** Parses one file, a line per item; a file that cannot be parsed becomes a failure line, never a failed task. */
    static List<Outcome> parse(Tuple2<String, PortableDataStream> file) {
        // WireParser is immutable and thread-safe; building it is cheap, and each executor needs one.
        WireParser parser = Parsers.LENIENT;
        try {
            List<Outcome> outcomes = new ArrayList<>();
            for (Article article : parser.parseItems(file._2().toArray())) {
                outcomes.add(new Outcome(true, ArticleJson.toJson(article.withSource(file._1()))));
            }
            return outcomes;
        } catch (WireParseException e) {
            return List.of(new Outcome(false, ArticleJson.failureToJson(file._1(), FileFailure.of(e))));
        }
    }

    /** One parser per JVM (driver or executor), created when first used. */
    private static final class Parsers {
        static final WireParser LENIENT = WireParser.builder().build();
    }
}
