package org.certpath.curation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** What every {@link Curated} collection does alike: its names, and storing and removing through its repository. */
public abstract class CuratedCollection<E extends CuratedEntity, I extends Curated.Input> implements Curated<E, I> {

    private final String recordType;
    private final Class<I> inputType;
    private final PanacheRepository<E> repository;

    protected CuratedCollection(String recordType, Class<I> inputType, PanacheRepository<E> repository) {
        this.recordType = recordType;
        this.inputType = inputType;
        this.repository = repository;
    }

    @Override
    public String recordType() {
        return recordType;
    }

    @Override
    public Class<I> inputType() {
        return inputType;
    }

    @Override
    public void persist(E entity) {
        repository.persist(entity);
    }

    /** By default nothing refers to an item of the collection, or what does goes with it. */
    @Override
    public void checkRemovable(E entity) {
    }

    @Override
    public void delete(E entity) {
        repository.delete(entity);
    }
}
