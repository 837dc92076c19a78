package org.certpath.api;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Results computed from the served data, kept while the data version stays the same: whole
 * responses, list totals, the index. The version is part of every key, so a result of old data is
 * never returned, however late its computation ends; entries of old versions are dropped as soon as
 * the version moves. The cache is bounded by an estimate of the memory its entries take: what
 * {@code certpath.cache.max-memory} allows, and never more than an eighth of the heap.
 * <p>
 * An entry is a future, so that a result is computed outside the map's own locks: a computation may
 * itself read other entries (a page of pathways counts programs), which inside the map's compute
 * fails with "Recursive update" whenever the two keys share a bin or the table grows meanwhile.
 */
@ApplicationScoped
public class VersionedCache {

    /** A value that knows roughly how many bytes it holds; anything else counts as {@link #SMALL}. */
    public interface Sized {
        int bytes();
    }

    private static final int SMALL = 256;

    /**
     * The part of the heap the cache may take at most. At ten times the benchmark's data the program facets and the
     * framework keep 54 MB of a 128 MiB heap live; a full cache of a quarter of it left the old generation no room, and
     * one run spent its second half in 593 full collections.
     */
    private static final int PARTS_OF_THE_HEAP = 8;

    private static final Logger LOG = Logger.getLogger(VersionedCache.class);

    private record Key(long version, String name) {
    }

    private final DataVersion dataVersion;
    private final AsyncCache<Key, Object> entries;
    private final long capacity;
    private volatile long latest;

    @Inject
    public VersionedCache(DataVersion dataVersion, @ConfigProperty(name = "certpath.cache.max-memory") MemorySize maxMemory) {
        this(dataVersion, capacity(maxMemory.asLongValue(), Runtime.getRuntime().maxMemory()));
        if (capacity < maxMemory.asLongValue()) {
            LOG.infof("The cache takes at most %d MiB, an eighth of the heap, of the %d MiB certpath.cache.max-memory allows",
                    capacity >> 20, maxMemory.asLongValue() >> 20);
        }
    }

    VersionedCache(DataVersion dataVersion, long capacity) {
        this.dataVersion = dataVersion;
        this.capacity = capacity;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(capacity)
                .weigher((Key key, Object value) -> key.name().length() * 2 + (value instanceof Sized s ? s.bytes() : SMALL))
                .buildAsync();
    }

    /** The bytes the cache may take: what is configured, within its part of the heap. */
    static long capacity(long configured, long maxHeap) {
        return Math.min(configured, maxHeap / PARTS_OF_THE_HEAP);
    }

    public long capacity() {
        return capacity;
    }

    /** For the static helpers of this package, which are called outside of injection. */
    static VersionedCache instance() {
        return Arc.container().instance(VersionedCache.class).get();
    }

    /**
     * The result for {@code name} at the current data version, computed once per version: concurrent
     * requests for the same missing entry wait for one computation instead of each running it.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String name, Supplier<T> compute) {
        Key key = new Key(seen(dataVersion.current().version()), name);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = entries.asMap().putIfAbsent(key, mine);
        if (running != null) {
            try {
                return (T) running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            T value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            // Removed as well as failed, so that the next request computes afresh instead of failing too.
            entries.asMap().remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Which of {@code given} are among the values {@code every} reads, read once per data version and kept under
     * {@code name}: the check of a filter's codes then costs no query.
     */
    public Set<String> existing(String name, Collection<String> given, Supplier<List<String>> every) {
        Set<String> all = get(name, () -> Set.copyOf(every.get()));
        return given.stream().filter(all::contains).collect(Collectors.toSet());
    }

    /** The entry for {@code name} computed from the data of {@code version}, if it was kept. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(long version, String name) {
        CompletableFuture<Object> entry = entries.getIfPresent(new Key(seen(version), name));
        return entry == null || !entry.isDone() || entry.isCompletedExceptionally() ? Optional.empty()
                : Optional.ofNullable((T) entry.join());
    }

    /** Keeps a result computed from the data of {@code version}; nothing when a newer version is known. */
    public void put(long version, String name, Object value) {
        if (seen(version) == latest) {
            entries.put(new Key(version, name), CompletableFuture.completedFuture(value));
        }
    }

    /** Drops every entry once a newer version shows up; a request still on an older one just misses. */
    private long seen(long version) {
        if (version > latest) {
            synchronized (this) {
                if (version > latest) {
                    latest = version;
                    entries.synchronous().invalidateAll();
                }
            }
        }
        return version;
    }
}
