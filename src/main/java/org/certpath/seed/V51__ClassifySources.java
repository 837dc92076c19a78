package org.certpath.seed;

import org.certpath.provenance.SourceKind;
import org.certpath.provenance.SourceKinds;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Gives every source loaded so far its declared kind ({@code editorial/source-kinds.csv}), and moves a
 * staging or test host out of a certification's official address into its sources, as a mirror.
 * Fails on a source whose host no row declares: a kind is never guessed.
 */
public class V51__ClassifySources extends BaseJavaMigration {

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(ReferenceCsv.bytes("editorial/source-kinds.csv"));
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> undeclared = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, url from source where kind is null");
             PreparedStatement update = connection.prepareStatement("update source set kind = ? where id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String url = rows.getString(2);
                var kind = SourceKinds.forUrl(url);
                if (kind.isEmpty()) {
                    undeclared.add(url);
                    continue;
                }
                update.setString(1, kind.get().code());
                update.setLong(2, rows.getLong(1));
                update.executeUpdate();
            }
        }
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("No declared source kind for " + undeclared);
        }
        moveStagingOfficialUrls(connection);
    }

    private static void moveStagingOfficialUrls(Connection connection) throws SQLException {
        List<long[]> moves = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, official_url from certification where official_url is not null");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (SourceKind.isStagingHost(rows.getString(2))) {
                    moves.add(new long[] {rows.getLong(1)});
                    urls.add(rows.getString(2));
                }
            }
        }
        for (int i = 0; i < moves.size(); i++) {
            long certification = moves.get(i)[0];
            String url = urls.get(i);
            long source;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into source (url, as_of, publisher, title, kind) values (?, null, 'AHIMA', ?, 'mirror')
                    on conflict (url, as_of) do update set kind = 'mirror' returning id""")) {
                insert.setString(1, url);
                insert.setString(2, "Copy on a staging or test host of the issuer's page: " + url);
                try (ResultSet key = insert.executeQuery()) {
                    key.next();
                    source = key.getLong(1);
                }
            }
            try (PreparedStatement link = connection.prepareStatement("""
                    insert into record_source (record_type, record_id, source_id, position, confidence_note)
                    values ('certification', ?, ?,
                        (select coalesce(max(position), 0) + 1 from record_source
                         where record_type = 'certification' and record_id = ?),
                        'Was given as the official address; a staging or test host is only a copy')
                    on conflict do nothing""")) {
                link.setLong(1, certification);
                link.setLong(2, source);
                link.setLong(3, certification);
                link.executeUpdate();
            }
            try (PreparedStatement clear = connection.prepareStatement(
                    "update certification set official_url = null where id = ?")) {
                clear.setLong(1, certification);
                clear.executeUpdate();
            }
        }
    }
}
