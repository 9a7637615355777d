package healthbot.scripts;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes script results as a JUnit XML report (one {@code testsuite}, one {@code testcase} per script) for CI systems. */
public final class JUnitXmlReport {

    private JUnitXmlReport() {
    }

    public static void write(List<ScriptResult> results, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "dialogue scripts");
            xml.writeAttribute("tests", Integer.toString(results.size()));
            xml.writeAttribute("failures", Long.toString(results.stream().filter(r -> !r.passed()).count()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", seconds(results.stream().mapToLong(ScriptResult::nanos).sum()));
            for (ScriptResult r : results) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", r.file().toString());
                xml.writeAttribute("name", r.title());
                xml.writeAttribute("time", seconds(r.nanos()));
                if (!r.passed()) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", r.failure().lines().findFirst().orElse(""));
                    xml.writeCharacters(r.failure());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML report " + file + ": " + e.getMessage(), e);
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
