/**
 * The model: what a parse gives, the same for every wire format. Immutable records and enums that
 * depend on nothing else of the library; absent parts are empty {@code Optional}s, lists are
 * unmodifiable, and every record is {@code Serializable}.
 *
 * <pre>{@code
 * Article article = NewsWire.parse(Path.of("seeds/000_fe963ccaa630d856.txt"));
 * Dateline dateline = article.dateline().orElseThrow(); // LIMA –
 * List<Paragraph> paragraphs = article.paragraphs();    // 11, each with its SourceSpan
 * }</pre>
 *
 * <p>{@link io.github.newswire.model.Article} is the root: its {@link io.github.newswire.model.Dateline},
 * {@link io.github.newswire.model.Paragraph}s, {@link io.github.newswire.model.Attribution} (the
 * sign-off), the {@link io.github.newswire.model.Envelope} that the structured formats carry, and
 * its {@link io.github.newswire.model.Diagnostic}s.
 *
 * @since 0.5
 */
package io.github.newswire.model;
