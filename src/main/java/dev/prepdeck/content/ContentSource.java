package dev.prepdeck.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.prepdeck.content.parse.ContentLimits;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The live text of one content file (its path inside the content folder), as the last import took it. */
@Entity
@Table(name = "content_source")
public class ContentSource extends PanacheEntityBase {

    @Id
    public String file;
    public String text;
    public String sha256;
    @Column(name = "imported_at")
    public Instant importedAt;

    /** Every live file's text by file name. Call inside a transaction. */
    public static Map<String, String> texts() {
        Map<String, String> texts = new TreeMap<>();
        ContentSource.<ContentSource>listAll().forEach(s -> texts.put(s.file, s.text));
        return texts;
    }

    public static List<ContentSource> listInOrder() {
        return list("order by file");
    }

    /** Makes {@code live} the stored texts: changed files are rewritten, files no longer there forgotten. */
    static void replaceAll(Map<String, String> live, Instant now) {
        Map<String, ContentSource> stored = new TreeMap<>();
        ContentSource.<ContentSource>listAll().forEach(s -> stored.put(s.file, s));
        for (Map.Entry<String, String> file : live.entrySet()) {
            if (file.getKey().length() > ContentLimits.FILE || file.getValue().indexOf('\0') >= 0) {
                continue; // the parser refused the whole file, so there is nothing of it to keep live
            }
            ContentSource source = stored.remove(file.getKey());
            String sha = ContentImportService.sha256(file.getValue());
            if (source != null && source.sha256.equals(sha)) {
                continue;
            }
            if (source == null) {
                source = new ContentSource();
                source.file = file.getKey();
            }
            source.text = file.getValue();
            source.sha256 = sha;
            source.importedAt = now;
            source.persist();
        }
        stored.values().forEach(ContentSource::delete);
    }
}
