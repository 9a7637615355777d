package healthbot.nlu;

import healthbot.content.KeyBuilder;
import healthbot.content.ValidatedContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Trained classifiers kept on disk, so a start-up with unchanged content loads the model in
 * milliseconds instead of training it for a second.
 *
 * <p>An entry's key is everything the trained model depends on: every intent's name and examples
 * in order, the training settings, {@link Features#VERSION} (bumped when features or training
 * change) and this build's version (the jar's {@code Implementation-Version}, which includes its
 * build time). A start-up whose key matches a cached entry loads it; any other start-up trains and
 * writes a new entry. A file that is truncated, corrupt, of another format or trained for another
 * key is logged once and ignored, never trusted (see {@link ModelCacheFile}).
 *
 * <p>Where ({@link #standard()}): {@code $HEALTHBOT_CACHE} when set ({@code off} turns the cache
 * off); otherwise {@code model-cache/} next to the jar (written by {@code mvn package} for the
 * shipped content), then the user's cache directory ({@code $XDG_CACHE_HOME/healthbot} or
 * {@code ~/.cache/healthbot}) for when the jar's folder is read-only. Entries are read from the
 * first directory that has a valid one and written to the first that accepts the write; a
 * directory that cannot be written is not an error (the bot simply trains again next time). Each
 * directory keeps its {@value #KEEP} most recently used entries. Writes go to a temporary file
 * renamed into place, so a reader never sees half a file. Not run from a jar (tests, an IDE) and
 * without {@code HEALTHBOT_CACHE}, there is no cache: a code change there would not change the key.
 */
public final class ModelCache {

    /** The environment variable naming the cache directory, or {@code off}. */
    public static final String VARIABLE = "HEALTHBOT_CACHE";
    static final String FOLDER_NEXT_TO_JAR = "model-cache";
    static final int KEEP = 4;
    /** File name prefixes of the kinds of entries (each kind is pruned on its own). */
    static final String MODEL = "model";
    static final String VALIDATED = "validated";
    private static final long MAX_FILE_BYTES = 256L << 20;
    private static final Duration ABANDONED_TEMP = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(ModelCache.class);

    private final List<Path> directories;
    private final String build;

    /** A classifier and whether it came from the cache (false: it was trained). */
    record Loaded(IntentClassifier classifier, boolean fromCache) {}

    private ModelCache(List<Path> directories, String build) {
        this.directories = List.copyOf(directories);
        this.build = Objects.requireNonNull(build, "build");
    }

    /** No cache: every start-up trains. */
    public static ModelCache disabled() {
        return new ModelCache(List.of(), buildVersion());
    }

    /** A cache in exactly this directory (created when first written). */
    public static ModelCache in(Path directory) {
        return new ModelCache(List.of(directory), buildVersion());
    }

    /** The cache the application uses: see the class comment for where it lives. */
    public static ModelCache standard() {
        return fromEnvironment(System.getenv(), jarDirectory());
    }

    /**
     * @param env    environment variables ({@value #VARIABLE}, {@code XDG_CACHE_HOME}, {@code HOME})
     * @param jarDir the folder of the jar the code runs from, or null when it does not run from a jar
     */
    static ModelCache fromEnvironment(Map<String, String> env, Path jarDir) {
        String configured = env.get(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return configured.strip().equalsIgnoreCase("off") ? disabled() : in(Path.of(configured.strip()));
        }
        if (jarDir == null) {
            return disabled();
        }
        List<Path> dirs = new ArrayList<>();
        dirs.add(jarDir.resolve(FOLDER_NEXT_TO_JAR));
        String xdg = env.get("XDG_CACHE_HOME");
        String home = env.get("HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            dirs.add(Path.of(xdg, "healthbot"));
        } else if (home != null && !home.isBlank()) {
            dirs.add(Path.of(home, ".cache", "healthbot"));
        }
        return new ModelCache(dirs, buildVersion());
    }

    /** This cache as a different build would see it (for tests of version changes). */
    ModelCache asBuild(String otherBuild) {
        return new ModelCache(directories, otherBuild);
    }

    /** Where entries are looked for, in order; empty when the cache is off. */
    public List<Path> directories() {
        return directories;
    }

    /**
     * The classifier for these examples: from the cache when an entry was trained for exactly them,
     * otherwise from {@code training}, which is then cached when it is {@link IntentClassifier#cacheable()}.
     *
     * @param settings the training settings that are not constants of the code
     */
    Loaded classifier(List<IntentClassifier.Example> examples, String settings, Supplier<IntentClassifier> training) {
        if (directories.isEmpty()) {
            return new Loaded(training.get(), false);
        }
        long t0 = System.nanoTime();
        byte[] key = key(Features.VERSION, build, settings, examples);
        String name = fileName(key);
        for (Path dir : directories) {
            TrainedModel model = read(dir.resolve(name), key);
            if (model != null) {
                IntentClassifier classifier = IntentClassifier.restore(model);
                LOG.info("classifier loaded from the model cache {} in {} ms", dir.resolve(name),
                        (System.nanoTime() - t0) / 1_000_000);
                touch(dir.resolve(name));
                return new Loaded(classifier, true);
            }
        }
        LOG.info("no cached model for this content, settings and build in {}; training", directories);
        IntentClassifier trained = training.get();
        if (!trained.cacheable()) {
            LOG.info("the trained classifier is used without caching it: the cache keeps the bot's maxent "
                    + "classifiers only");
            return new Loaded(trained, false);
        }
        write(name, ModelCacheFile.encode(key, trained.model()));
        return new Loaded(trained, false);
    }

    /** The model in {@code file}, or null when there is none or it cannot be trusted (logged). */
    private static TrainedModel read(Path file, byte[] key) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                LOG.warn("ignoring the model cache file {}: {} bytes is more than any model this bot caches", file, size);
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | SecurityException e) {
            LOG.warn("ignoring the model cache file {}: cannot read it ({})", file, e.toString());
            return null;
        }
        try {
            return ModelCacheFile.decode(bytes, key);
        } catch (ModelCacheFile.Invalid e) {
            LOG.warn("ignoring the model cache file {}: {}; the classifier is trained again and the file replaced",
                    file, e.getMessage());
            return null;
        }
    }

    /**
     * Remembers content that passed validation, as entries of this cache keyed by the content's
     * key and this build (a content that {@code ContentLoader} validated once is not validated again
     * at every start; any change of a file, or another build, validates again). Off when the cache is.
     * It also keeps the content key it was asked about ({@link Validations#contentKey}), which keys
     * the other tables compiled from the content ({@link Nlu#build(healthbot.content.Content, ModelCache, byte[])}).
     */
    public Validations validations() {
        return new Validations();
    }

    /** {@link #validations()}: the validated-content notes of this cache, and the key of the content last loaded with them. */
    public final class Validations implements ValidatedContent {
        private volatile byte[] contentKey;

        private Validations() {
        }

        @Override
        public boolean known(byte[] key) {
            contentKey = key;
            return payload(VALIDATED, entryKey("healthbot validated content", key), "the content is validated") != null;
        }

        @Override
        public void remember(byte[] key) {
            contentKey = key;
            store(VALIDATED, entryKey("healthbot validated content", key), new byte[0], "validated content noted");
        }

        /**
         * Every file the content was loaded from and each language's common words (length-prefixed
         * fields, see {@code ContentLoader}), or null when no content was loaded with these notes:
         * with the build, it decides everything compiled from the content.
         */
        public byte[] contentKey() {
            return contentKey;
        }
    }

    /**
     * The key of a non-model entry: what it is, this build, then the caller's key (itself
     * length-prefixed fields), so an entry is only ever read by the build that wrote it.
     */
    byte[] entryKey(String what, byte[] key) {
        byte[] h = new KeyBuilder(256).field(what).field("build " + build).toBytes();
        byte[] out = Arrays.copyOf(h, h.length + key.length);
        System.arraycopy(key, 0, out, h.length, key.length);
        return out;
    }

    /**
     * The payload of the entry of this kind ({@code prefix}: {@value #VALIDATED}, ...) for exactly
     * this key, from the first directory that has a valid one; null when there is none or it cannot
     * be trusted (then logged once as a warning saying that {@code otherwise} happens instead).
     */
    byte[] payload(String prefix, byte[] key, String otherwise) {
        if (directories.isEmpty()) {
            return null;
        }
        String name = fileName(prefix, key);
        for (Path dir : directories) {
            byte[] bytes = readBytes(dir.resolve(name), otherwise);
            if (bytes != null) {
                try {
                    byte[] payload = ModelCacheFile.payload(bytes, key);
                    touch(dir.resolve(name));
                    return payload;
                } catch (ModelCacheFile.Invalid e) {
                    LOG.warn("ignoring the model cache file {}: {}; {} again and the file replaced", dir.resolve(name),
                            e.getMessage(), otherwise);
                }
            }
        }
        return null;
    }

    /** Keeps {@code payload} as the entry of this kind for this key (see {@link #write}); a no-op when the cache is off. */
    void store(String prefix, byte[] key, byte[] payload, String what) {
        if (!directories.isEmpty()) {
            write(fileName(prefix, key), ModelCacheFile.encode(key, payload), what);
        }
    }

    /** The bytes of a cache file, or null when there is none or it cannot be read (logged). */
    private static byte[] readBytes(Path file, String otherwise) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                LOG.warn("ignoring the model cache file {}: {} bytes is more than any entry this bot caches; {} again",
                        file, size, otherwise);
                return null;
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | SecurityException e) {
            LOG.warn("ignoring the model cache file {}: cannot read it ({}); {} again", file, e.toString(), otherwise);
            return null;
        }
    }

    /** Writes the entry into the first directory that takes it; none taking it is not an error. */
    private void write(String name, byte[] bytes) {
        write(name, bytes, "trained model cached");
    }

    private void write(String name, byte[] bytes, String what) {
        List<String> refused = new ArrayList<>();
        for (Path dir : directories) {
            Path tmp = null;
            try {
                Files.createDirectories(dir);
                tmp = Files.createTempFile(dir, name + ".", ".tmp");
                readableByAll(tmp);
                Files.write(tmp, bytes);
                moveIntoPlace(tmp, dir.resolve(name));
                prune(dir, name);
                LOG.info("{} in {} ({} KiB)", what, dir.resolve(name), bytes.length / 1024);
                return;
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                refused.add(dir + " (" + e + ")");
                deleteQuietly(tmp);
            }
        }
        LOG.info("the trained model was not cached, no cache directory could be written: {}. The next start-up "
                + "trains again; set {} to a writable directory to keep it.", refused, VARIABLE);
    }

    /**
     * Temporary files are created owner-only; a model holds nothing secret (it is learnt from the
     * content's examples), and a cache written at build time may be read by another user at run time.
     */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Keeps the {@value #KEEP} most recently used entries and removes abandoned temporary files. */
    private static void prune(Path dir, String keep) {
        List<Path> entries = new ArrayList<>();
        Instant abandoned = Instant.now().minus(ABANDONED_TEMP);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, keep.substring(0, keep.indexOf('-') + 1) + "*")) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                if (n.endsWith(".bin") && !n.equals(keep)) {
                    entries.add(f);
                } else if (n.endsWith(".tmp") && Files.getLastModifiedTime(f).toInstant().isBefore(abandoned)) {
                    deleteQuietly(f);
                }
            }
            entries.sort(Comparator.comparing(ModelCache::lastModified).reversed());
            for (Path old : entries.subList(Math.min(entries.size(), KEEP - 1), entries.size())) {
                deleteQuietly(old);
            }
        } catch (IOException | SecurityException e) {
            LOG.debug("could not prune the model cache {}: {}", dir, e.toString());
        }
    }

    private static FileTime lastModified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Marks an entry as used, so pruning keeps it; a read-only cache just keeps the old time. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException | SecurityException e) {
            // read-only: pruning order is the only thing lost
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | SecurityException e) {
                // left for the next prune
            }
        }
    }

    /**
     * The key bytes: every input of training, length-prefixed so that no two different inputs
     * give the same bytes. Compared in full when an entry is read.
     */
    static byte[] key(int featuresVersion, String build, String settings, List<IntentClassifier.Example> examples) {
        KeyBuilder key = new KeyBuilder(64 * 1024 + 100 * examples.size());
        key.field("healthbot trained model");
        key.field("features " + featuresVersion);
        key.field("build " + build);
        key.field("settings " + settings);
        key.field("examples " + examples.size());
        for (IntentClassifier.Example e : examples) {
            key.field(e.intent());
            key.field(e.text());
        }
        return key.toBytes();
    }

    /** 64 bits of two checksums of the key: names the entry; the full key inside decides. */
    static String fileName(byte[] key) {
        return fileName(MODEL, key);
    }

    /** {@link #fileName(byte[])} for an entry of another kind: {@code prefix} names the kind, so each kind keeps its {@value #KEEP}. */
    static String fileName(String prefix, byte[] key) {
        CRC32C c = new CRC32C();
        c.update(key);
        CRC32 d = new CRC32();
        d.update(key);
        return prefix + "-" + hex8(c.getValue()) + hex8(d.getValue()) + ".bin"; // not String.format: slow on a cold JVM
    }

    private static String hex8(long unsigned32) {
        String h = Long.toHexString(unsigned32);
        return "0".repeat(8 - h.length()) + h;
    }

    /** The jar's Implementation-Version (version and build time), or "dev" when not run from a jar. */
    static String buildVersion() {
        String v = ModelCache.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The folder of the jar this code runs from, or null (classes directory, unknown). */
    static Path jarDirectory() {
        try {
            var source = ModelCache.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) ? p.toAbsolutePath().getParent() : null;
        } catch (URISyntaxException | SecurityException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
