package org.certpath.operations;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

import java.util.concurrent.CompletionStage;

/**
 * Where the token buckets of the clients live: in this process ({@link InMemoryBucketStore}) or in
 * Redis, shared by every instance ({@link RedisBucketStore}), as {@link BucketStores} chooses. The
 * answer is a stage because the filter runs on the event loop, which a remote store must not block.
 */
public interface BucketStore {

    /** Takes one token from the bucket of {@code client}, creating it with {@code quota} when new. */
    CompletionStage<ConsumptionProbe> tryConsume(String client, BucketConfiguration quota);
}
