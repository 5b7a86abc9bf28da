package io.github.newswire.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * Registers {@code newswire_parse(content, path)} ({@link NewswireParse}) in a session, for SQL
 * and the DataFrame API: bytes already in a table (a {@code binaryFile} DataFrame, Kafka values)
 * parsed into the rows {@code format("newswire")} gives.
 *
 * <pre>{@code
 * NewswireFunctions.register(spark);
 * spark.sql("SELECT inline(newswire_parse(content, path)) FROM binaryFile.`/data/drop`").show();
 * }</pre>
 *
 * @since 0.5
 */
public final class NewswireFunctions {

    /** The function's name in SQL. */
    public static final String NAME = "newswire_parse";

    private NewswireFunctions() {
    }

    /**
     * Registers {@code newswire_parse} with the default options.
     *
     * @param spark the session
     * @return the function, for the DataFrame API: {@code fn.apply(col("content"), col("path"))}
     */
    public static UserDefinedFunction register(SparkSession spark) {
        return register(spark, Map.of());
    }

    /**
     * Registers {@code newswire_parse} with options ({@code strict}, {@code inputFormat},
     * {@code sentences}).
     *
     * @param spark   the session
     * @param options the options
     * @return the function, for the DataFrame API
     * @throws IllegalArgumentException if an option's value is not one it takes
     */
    public static UserDefinedFunction register(SparkSession spark, Map<String, String> options) {
        NewswireParse function = new NewswireParse(options);
        return spark.udf().register(NAME, functions.udf(function, function.returnType()));
    }
}
