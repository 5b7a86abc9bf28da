package io.github.newswire.internal.formats;

import io.github.newswire.parser.WireParser;
import java.util.function.Function;

/**
 * Gives the corpus layer the pipeline of a public {@link WireParser} without a public method on
 * the parser: the parser registers how to reach its pipeline when its class is initialised, which
 * happens before any instance of it can be passed here (the JDK's "shared secrets" pattern).
 */
public final class Pipelines {

    private static volatile Function<WireParser, ReadPipeline> access;

    private Pipelines() {
    }

    /**
     * Registers how to reach a parser's pipeline; called once, by {@code WireParser}.
     *
     * @param pipelines the parser's accessor
     * @throws IllegalStateException if one is registered already
     */
    public static synchronized void register(Function<WireParser, ReadPipeline> pipelines) {
        if (access != null) {
            throw new IllegalStateException("the parser's pipeline accessor is registered already");
        }
        access = pipelines;
    }

    /**
     * Returns a parser's pipeline.
     *
     * @param parser the parser
     * @return the pipeline it reads every file with
     */
    public static ReadPipeline of(WireParser parser) {
        return access.apply(parser);
    }
}
