/**
 * newswire on Apache Spark: the data source {@code spark.read().format("newswire")}, which reads
 * wire files of every format, loose or in archives, into a DataFrame of the fixed schema
 * {@link io.github.newswire.spark.NewswireSchema}, and the SQL function {@code newswire_parse}
 * ({@link io.github.newswire.spark.NewswireFunctions}) for bytes already in a table.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().format("newswire").load("s3a://bucket/wires/2024/");
 * articles.select("source", "date", "headline").show();
 * }</pre>
 *
 * <p>Shipped as one jar, {@code newswire-spark-VERSION.jar}, with newswire and Jackson 3
 * (relocated) inside; see docs/spark.md.
 *
 * @since 0.5
 */
package io.github.newswire.spark;
