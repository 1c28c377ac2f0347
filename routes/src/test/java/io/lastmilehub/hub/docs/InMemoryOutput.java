package io.lastmilehub.hub.docs;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A file manager that keeps the resources an annotation processor writes in memory instead of on disk. */
final class InMemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {

    private final Map<String, ByteArrayOutputStream> written = new HashMap<>();

    InMemoryOutput(StandardJavaFileManager standard) {
        super(standard);
    }

    /** What was written to the class output under this name. */
    Optional<byte[]> written(String relativeName) {
        return Optional.ofNullable(written.get(relativeName)).map(ByteArrayOutputStream::toByteArray);
    }

    @Override
    public FileObject getFileForOutput(JavaFileManager.Location location, String packageName, String relativeName,
                                       FileObject sibling) {
        return new Resource(relativeName);
    }

    @Override
    public FileObject getFileForInput(JavaFileManager.Location location, String packageName, String relativeName) {
        // Nothing was written before this run: processors that look for earlier output find none.
        return location == StandardLocation.CLASS_OUTPUT ? new Resource(relativeName) : null;
    }

    private final class Resource extends SimpleJavaFileObject {

        private final String relativeName;

        Resource(String relativeName) {
            super(URI.create("mem:///" + relativeName), Kind.OTHER);
            this.relativeName = relativeName;
        }

        @Override
        public OutputStream openOutputStream() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            written.put(relativeName, out);
            return out;
        }

        @Override
        public InputStream openInputStream() throws FileNotFoundException {
            throw new FileNotFoundException(relativeName);
        }
    }
}
