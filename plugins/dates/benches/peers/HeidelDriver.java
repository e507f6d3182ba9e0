// Run HeidelTime over many documents in one JVM and report its throughput.
//
// Usage: java -cp heideltime.jar:. HeidelDriver config.props manifest.tsv
// manifest.tsv lines: <path to text file>\t<DCT as YYYY-MM-DD>
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.List;

public class HeidelDriver {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        HeidelTimeStandalone ht = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS,
                OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        long t1 = System.nanoTime();
        SimpleDateFormat fmt = new SimpleDateFormat("yyyy-MM-dd");
        List<String> lines = Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8);
        long bytes = 0;
        int timexes = 0;
        for (String line : lines) {
            String[] parts = line.split("\t");
            byte[] raw = Files.readAllBytes(Paths.get(parts[0]));
            bytes += raw.length;
            String out = ht.process(new String(raw, StandardCharsets.UTF_8), fmt.parse(parts[1]));
            int i = 0;
            while ((i = out.indexOf("<TIMEX3", i)) >= 0) {
                timexes++;
                i++;
            }
        }
        long t2 = System.nanoTime();
        double secs = (t2 - t1) / 1e9;
        System.out.printf("heideltime docs=%d bytes=%d timexes=%d init_s=%.2f process_s=%.2f MB/s=%.4f docs/s=%.2f%n",
                lines.size(), bytes, timexes, (t1 - t0) / 1e9, secs, bytes / 1e6 / secs, lines.size() / secs);
    }
}
