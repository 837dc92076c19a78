package org.certpath.program;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The links a program shows are kept on the program (V91) by triggers on {@code program_certification}: every
 * statement that inserts, changes or deletes links, as seed migrations write them, leaves the two in agreement.
 */
@QuarkusTest
class ProgramCredentialLinksTest {

    @Inject
    EntityManager entityManager;

    @Test
    @TestTransaction
    void shouldKeepEveryProgramsLinksAsItsLinkRowsSayAfterEachKindOfStatement() {
        long program = ((Number) entityManager.createNativeQuery("""
                select id from program where institution = 'Portland Community College'
                  and name = 'Health Information Management AAS Degree'""").getSingleResult()).longValue();
        long rhit = certification("rhit");
        long cpc = certification("cpc");
        assertEquals(rhit + ":eligibility", linksOf(program));

        execute("update program_certification set reason = 'exam_prep' where program_id = ?1", program);
        assertEquals(rhit + ":exam_prep", linksOf(program));

        execute("insert into program_certification (program_id, certification_id, reason) values (?1, " + cpc
                + ", 'voucher_included') on conflict (program_id, certification_id) do update set reason = excluded.reason",
                program);
        assertEquals(String.join(",", ordered(rhit + ":exam_prep", cpc + ":voucher_included", rhit, cpc)),
                linksOf(program));

        execute("delete from program_certification where program_id = ?1", program);
        assertEquals(null, linksOf(program));
        assertEquals(0L, ((Number) entityManager.createNativeQuery("""
                select count(*) from program p
                where p.credential_links is distinct from program_credential_links(p.id)""").getSingleResult()).longValue());
    }

    private long certification(String code) {
        return ((Number) entityManager.createNativeQuery("select id from certification where code = ?1")
                .setParameter(1, code).getSingleResult()).longValue();
    }

    private String linksOf(long program) {
        return (String) entityManager.createNativeQuery("select credential_links from program where id = ?1")
                .setParameter(1, program).getSingleResult();
    }

    private void execute(String sql, long program) {
        entityManager.createNativeQuery(sql).setParameter(1, program).executeUpdate();
    }

    /** The two pairs in certification-id order, as the links are kept. */
    private static String[] ordered(String first, String second, long firstId, long secondId) {
        return firstId < secondId ? new String[] {first, second} : new String[] {second, first};
    }
}
