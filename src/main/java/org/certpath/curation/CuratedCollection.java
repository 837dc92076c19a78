package org.certpath.curation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import org.certpath.provenance.SourceInput;
import org.certpath.provenance.SourceView;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every {@link Curated} collection does alike: its names, its conversions between entity,
 * input and view, and storing and removing through its repository. A collection adds how an item
 * is found by its key and how an input is applied.
 */
public abstract class CuratedCollection<E extends CuratedEntity, I extends Curated.Input> implements Curated<E, I> {

    /** How the items of a collection are made, keyed and represented. */
    public record Shape<E, I>(Class<I> inputType, Supplier<E> newEntity, Function<E, String> key,
                              BiFunction<E, List<SourceInput>, I> toInput,
                              BiFunction<E, List<SourceView>, ? extends Record> view) {
    }

    private final String recordType;
    private final PanacheRepository<E> repository;
    private final Shape<E, I> shape;

    protected CuratedCollection(String recordType, PanacheRepository<E> repository, Shape<E, I> shape) {
        this.recordType = recordType;
        this.repository = repository;
        this.shape = shape;
    }

    @Override
    public E newEntity() {
        return shape.newEntity().get();
    }

    @Override
    public String key(E entity) {
        return shape.key().apply(entity);
    }

    @Override
    public I toInput(E entity, List<SourceInput> sources) {
        return shape.toInput().apply(entity, sources);
    }

    @Override
    public Record view(E entity, List<SourceView> sources) {
        return shape.view().apply(entity, sources);
    }

    @Override
    public String recordType() {
        return recordType;
    }

    @Override
    public Class<I> inputType() {
        return shape.inputType();
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
