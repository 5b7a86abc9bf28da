package io.github.newswire.cli;

import io.github.newswire.corpus.FileFailure;
import io.github.newswire.json.ArticleJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --errors FILE}: one JSON line per failed file ({@link ArticleJson#failureToJson(String, FileFailure)}). */
final class ErrorLog implements AutoCloseable {

    private final BufferedWriter out;

    private ErrorLog(BufferedWriter out) {
        this.out = out;
    }

    static ErrorLog open(Path file) throws IOException {
        return new ErrorLog(file == null ? null : Files.newBufferedWriter(file));
    }

    void write(Path path, FileFailure failure) {
        if (out == null) {
            return;
        }
        try {
            out.write(ArticleJson.failureToJson(path.toString(), failure));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
