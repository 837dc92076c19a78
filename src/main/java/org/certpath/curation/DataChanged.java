package org.certpath.curation;

/**
 * Fired in the transaction of every write and import, naming the record type written; observers
 * that keep something derived from the data refresh it once the transaction has committed.
 */
public record DataChanged(String recordType) {
}
