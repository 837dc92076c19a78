package org.certpath.occupation;

/**
 * The SQL that finds occupations by the job titles people type: the official title and the alternate
 * titles, by PostgreSQL full-text search (case-insensitive, any word order, English stems; indexed).
 * Both read the keyword from the named parameter {@value #PARAMETER}.
 */
public final class TitleSearch {

    public static final String PARAMETER = "qText";

    /** Occupations one of whose titles holds every word of the keyword: a search of the occupations. */
    public static final String EVERY_WORD = """
            select t.occupation_id from occupation_title t where t.search @@ plainto_tsquery('english', :qText)
            union select o.id from occupation o where to_tsvector('english', o.title) @@ plainto_tsquery('english', :qText)""";

    /**
     * Occupations one of whose titles is the keyword: the same words in any order, a parenthesised
     * abbreviation aside. A search of what leads to a job (its credentials and their programs) follows
     * a job title typed whole, not every title that shares a word such as "medical".
     */
    public static final String WHOLE_TITLE = """
            select t.occupation_id from occupation_title t where t.title_words @@ plainto_tsquery('english', :qText)
                and length(t.title_words) = length(to_tsvector('english', :qText))
            union select o.id from occupation o where to_tsvector('english', o.title) @@ plainto_tsquery('english', :qText)
                and length(to_tsvector('english', o.title)) = length(to_tsvector('english', :qText))""";

    private TitleSearch() {
    }
}
