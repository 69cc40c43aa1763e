package org.smartcourt.publication.anonymisation;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Person, transliterated-name, place and organisation recognition with HanLP 1.x (portable build: its bundled
 * dictionaries and role-tagging models load from the jar, nothing is downloaded). The dictionaries load once per JVM on
 * first use (about 0.6 s); texts are segmented in chunks of about 2,000 characters.
 */
public final class HanlpNameRecogniser implements NameRecogniser {

    private static final int CHUNK = 2_000;

    @Override
    public List<Mention> recognise(String text) {
        var mentions = new ArrayList<Mention>();
        var segment = newSegment();
        for (var chunkStart = 0; chunkStart < text.length(); ) {
            var chunkEnd = chunkEnd(text, chunkStart);
            var chunk = text.substring(chunkStart, chunkEnd);
            for (var term : segment.seg(chunk)) {
                var nature = term.nature == null ? "" : term.nature.toString();
                var start = chunkStart + term.offset;
                var end = start + term.word.length();
                if (nature.startsWith("nr")) {
                    mentions.add(new Mention(start, end, Kind.PERSON, nature.equals("nrf")));
                } else if (nature.startsWith("ns")) {
                    mentions.add(new Mention(start, end, Kind.PLACE, false));
                } else if (nature.startsWith("nt")) {
                    mentions.add(new Mention(start, end, Kind.ORGANISATION, false));
                }
            }
            chunkStart = chunkEnd;
        }
        return mentions;
    }

    /** Loads the dictionaries now rather than on the first judgment. */
    public void warmUp() {
        newSegment().seg("审判长王某");
    }

    private static Segment newSegment() {
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true);
    }

    /** Ends a chunk after a full stop (or a space) near the chunk size, never inside a sentence if avoidable. */
    private static int chunkEnd(String text, int start) {
        if (text.length() - start <= CHUNK) {
            return text.length();
        }
        for (var at = start + CHUNK; at > start + CHUNK / 2; at--) {
            var c = text.charAt(at - 1);
            if (c == '。' || c == '\n' || c == '；') {
                return at;
            }
        }
        return start + CHUNK;
    }
}
