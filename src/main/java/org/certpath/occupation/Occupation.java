package org.certpath.occupation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import org.certpath.curation.CuratedEntity;
import org.hibernate.annotations.ListIndexBase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** A Standard Occupational Classification (SOC) occupation. */
@Entity
public class Occupation extends CuratedEntity {

    @Column(name = "soc_code")
    public String socCode;

    public String title;

    @Column(name = "typical_education")
    public String typicalEducation;

    public String notes;

    @ElementCollection
    @CollectionTable(name = "occupation_duty", joinColumns = @JoinColumn(name = "occupation_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<Duty> duties = new ArrayList<>();

    /** Loaded from the reference data; a write of the occupation leaves them as they are. */
    @ElementCollection
    @CollectionTable(name = "occupation_title", joinColumns = @JoinColumn(name = "occupation_id"))
    @OrderBy("title")
    public List<AlternateTitle> alternateTitles = new ArrayList<>();

    /**
     * What making one list of the occupation (of titles or duties) the list a file gives changed: items new to the
     * occupation, items it had that the list now names too, items it had in the list already, items dropped from it,
     * and whether the occupation changed at all (a list may only change its order).
     */
    public record ListChange(int inserted, int updated, int unchanged, int removed, boolean changed) {
    }

    /**
     * Makes {@code titles} the titles of the list {@code kind} (such as {@code onet_alternate}): a title is one per
     * spelling regardless of case, keeps the other lists that give it, and goes when no list gives it any more.
     */
    public ListChange replaceTitles(String kind, List<String> titles) {
        Map<String, AlternateTitle> byKey = new LinkedHashMap<>();
        alternateTitles.forEach(title -> byKey.put(key(title.title), title));
        Set<String> wanted = new HashSet<>();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (String title : titles) {
            wanted.add(key(title));
            AlternateTitle stored = byKey.get(key(title));
            if (stored == null) {
                inserted++;
                byKey.put(key(title), title(title, List.of(kind)));
            } else if (List.of(stored.kinds).contains(kind)) {
                unchanged++;
            } else {
                updated++;
                byKey.put(key(title), title(stored.title, Stream.concat(Stream.of(stored.kinds), Stream.of(kind)).toList()));
            }
        }
        int removed = 0;
        for (Map.Entry<String, AlternateTitle> entry : List.copyOf(byKey.entrySet())) {
            List<String> kinds = List.of(entry.getValue().kinds);
            if (kinds.contains(kind) && !wanted.contains(entry.getKey())) {
                removed++;
                List<String> others = kinds.stream().filter(other -> !other.equals(kind)).toList();
                if (others.isEmpty()) {
                    byKey.remove(entry.getKey());
                } else {
                    byKey.put(entry.getKey(), title(entry.getValue().title, others));
                }
            }
        }
        ListChange change = new ListChange(inserted, updated, unchanged, removed, inserted + updated + removed > 0);
        if (change.changed()) {
            // New elements rather than changed ones: the collection is compared element by element.
            alternateTitles.clear();
            alternateTitles.addAll(byKey.values());
        }
        return change;
    }

    /**
     * Makes {@code texts} the duties of the list {@code kind} (such as {@code O*NET task}), in their order, where that
     * list's duties stood (after the others when the occupation had none of it); duties of other lists stay as they are.
     */
    public ListChange replaceDuties(String kind, List<String> texts) {
        List<String> before = duties.stream().filter(duty -> kind.equals(duty.kind)).map(duty -> duty.text).toList();
        int first = 0;
        while (first < duties.size() && !kind.equals(duties.get(first).kind)) {
            first++;
        }
        List<Duty> after = new ArrayList<>(duties.subList(0, first));
        texts.forEach(text -> after.add(duty(kind, text)));
        duties.subList(first, duties.size()).stream().filter(duty -> !kind.equals(duty.kind)).forEach(after::add);
        int unchanged = (int) texts.stream().filter(before::contains).count();
        ListChange change = new ListChange(texts.size() - unchanged, 0, unchanged,
                (int) before.stream().filter(text -> !texts.contains(text)).count(), !before.equals(texts));
        if (change.changed()) {
            duties.clear();
            duties.addAll(after);
        }
        return change;
    }

    private static String key(String title) {
        return title.trim().toLowerCase(Locale.ROOT);
    }

    private static AlternateTitle title(String text, List<String> kinds) {
        AlternateTitle title = new AlternateTitle();
        title.title = text;
        title.kinds = kinds.toArray(String[]::new);
        return title;
    }

    private static Duty duty(String kind, String text) {
        Duty duty = new Duty();
        duty.kind = kind;
        duty.text = text;
        return duty;
    }
}
