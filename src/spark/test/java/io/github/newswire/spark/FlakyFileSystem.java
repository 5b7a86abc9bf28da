package io.github.newswire.spark;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.PositionedReadable;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.Seekable;

/**
 * The local file system under the scheme {@code flaky:}, which is not {@code file:} (so the
 * source lists it as it lists an object store) and whose storage fails on request: a file whose
 * name contains {@code gone} is missing when opened, one whose name contains {@code reset} breaks
 * after its first 600 bytes, as a dropped connection would.
 */
public class FlakyFileSystem extends RawLocalFileSystem {

    /** Registers the scheme in a Hadoop configuration key, for {@code spark.conf().set}. */
    static final String IMPL_KEY = "fs.flaky.impl";

    @Override
    public URI getUri() {
        return URI.create("flaky:///");
    }

    @Override
    public String getScheme() {
        return "flaky";
    }

    @Override
    public File pathToFile(Path path) {
        return new File(path.toUri().getPath());
    }

    @Override
    public FileStatus getFileStatus(Path path) throws IOException {
        return plain(super.getFileStatus(path));
    }

    @Override
    public FileStatus[] listStatus(Path path) throws IOException {
        FileStatus[] statuses = super.listStatus(path);
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = plain(statuses[i]);
        }
        return statuses;
    }

    /** Without the local status's lazy permissions, which only a file: URI can load. */
    private static FileStatus plain(FileStatus status) {
        return new FileStatus(status.getLen(), status.isDirectory(), 1, status.getBlockSize(),
                status.getModificationTime(), status.getPath());
    }

    @Override
    public FSDataInputStream open(Path file, int bufferSize) throws IOException {
        if (file.getName().contains("gone")) {
            throw new FileNotFoundException(file + " (deleted since it was listed)");
        }
        FSDataInputStream in = super.open(file, bufferSize);
        return file.getName().contains("reset") ? new FSDataInputStream(new Breaking(in, 600)) : in;
    }

    /** A stream that fails after some bytes. */
    private static final class Breaking extends InputStream implements Seekable, PositionedReadable {

        private final FSDataInputStream in;
        private long left;

        Breaking(FSDataInputStream in, long bytes) {
            this.in = in;
            this.left = bytes;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw new IOException("Connection reset");
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        @Override
        public void seek(long pos) throws IOException {
            in.seek(pos);
        }

        @Override
        public long getPos() throws IOException {
            return in.getPos();
        }

        @Override
        public boolean seekToNewSource(long targetPos) throws IOException {
            return false;
        }

        @Override
        public int read(long position, byte[] buffer, int offset, int length) throws IOException {
            throw new IOException("Connection reset");
        }

        @Override
        public void readFully(long position, byte[] buffer, int offset, int length) throws IOException {
            throw new IOException("Connection reset");
        }

        @Override
        public void readFully(long position, byte[] buffer) throws IOException {
            throw new IOException("Connection reset");
        }
    }
}
