package org.certpath.provenance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.util.Objects;

/** Links one record of any resource to a source it was read in, and the fields of the record it supports. */
@Entity
@Table(name = "record_source")
@IdClass(RecordSource.Key.class)
public class RecordSource {

    @Id
    @Column(name = "record_type")
    public String recordType;

    @Id
    @Column(name = "record_id")
    public Long recordId;

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    public int position;

    /** The fields of the record this source supports; null when it backs the record as a whole. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] fields;

    @Column(name = "confidence_note")
    public String confidenceNote;

    public static class Key implements Serializable {
        public String recordType;
        public Long recordId;
        public Long source;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(recordType, key.recordType)
                    && Objects.equals(recordId, key.recordId) && Objects.equals(source, key.source);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordType, recordId, source);
        }
    }
}
