package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.BadInputException;

class TextDecoderTest {
  private static final String ARABIC = "شددت الحواجز الطوق على القرية، ومنعت دخول الخبز والدواء منذ يوم الجمعة.\n";
  private static final String ENGLISH = "Checkpoints around the village stayed closed on Friday.\n";

  static String seedReport() throws IOException {
    try (InputStream in = TextDecoderTest.class.getResourceAsStream("/seed/kanaker-2020-09-29.ar.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  @Test
  void utf8IsReadAsIs() {
    DecodedText d = TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8), "a.txt");
    assertThat(d.text()).isEqualTo(ARABIC);
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void utf8BomIsStripped() {
    byte[] b = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ARABIC.getBytes(StandardCharsets.UTF_8));
    DecodedText d = TextDecoder.decode(b, "bom.txt");
    assertThat(d.text()).isEqualTo(ARABIC);
    assertThat(d.charset()).isEqualTo("UTF-8");
  }

  @Test
  void seedReportInWindows1256DecodesToTheIdenticalString() throws IOException {
    String seed = seedReport();
    DecodedText d = TextDecoder.decode(seed.getBytes(Charset.forName("windows-1256")), "seed-1256.txt");
    assertThat(d.charset()).isEqualTo("windows-1256");
    assertThat(d.text()).isEqualTo(seed);
    assertThat(d.warnings()).anyMatch(w -> w.contains("windows-1256"));
  }

  @Test
  void seedReportInUtf16WithBomDecodesToTheIdenticalString() throws IOException {
    String seed = seedReport();
    DecodedText le = TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, seed.getBytes(StandardCharsets.UTF_16LE)), "le.txt");
    assertThat(le.charset()).isEqualTo("UTF-16LE");
    assertThat(le.text()).isEqualTo(seed);
    DecodedText be = TextDecoder.decode(seed.getBytes(StandardCharsets.UTF_16), "be.txt"); // Java writes a BE BOM
    assertThat(be.charset()).isEqualTo("UTF-16BE");
    assertThat(be.text()).isEqualTo(seed);
  }

  @Test
  void latinCodePageFallsBackToWindows1252() {
    String s = "Le café du marché a fermé; the naïve résumé.\n";
    DecodedText d = TextDecoder.decode(s.getBytes(Charset.forName("windows-1252")), "fr.txt");
    assertThat(d.charset()).isEqualTo("windows-1252");
    assertThat(d.text()).isEqualTo(s);
  }

  @Test
  void mixedUtf8AndWindows1256LinesAreEachReadRight() {
    byte[] b = concat(ARABIC.getBytes(StandardCharsets.UTF_8), ARABIC.getBytes(Charset.forName("windows-1256")), ENGLISH.getBytes(StandardCharsets.US_ASCII));
    DecodedText d = TextDecoder.decode(b, "mixed.txt");
    assertThat(d.text()).isEqualTo(ARABIC + ARABIC + ENGLISH);
    assertThat(d.charset()).isEqualTo("UTF-8+windows-1256");
  }

  @Test
  void truncatedUtf8KeepsUtf8AndWarns() {
    byte[] full = ARABIC.strip().getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(full, full.length - 2); // ends inside the 2-byte Arabic letter before "."
    DecodedText d = TextDecoder.decode(cut, "cut.txt");
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.text()).startsWith(ARABIC.substring(0, 40)).endsWith("\uFFFD");
    assertThat(d.warnings()).anyMatch(w -> w.contains("malformed UTF-8"));
  }

  @Test
  void utf16LoneSurrogateIsReplacedNotThrown() {
    // Built by hand: String.getBytes would already replace the lone surrogate.
    byte[] b = concat(
        new byte[] {(byte) 0xFF, (byte) 0xFE},
        "قرية ".getBytes(StandardCharsets.UTF_16LE),
        new byte[] {0x00, (byte) 0xD8},
        " محاصرة منذ أسبوع".getBytes(StandardCharsets.UTF_16LE));
    DecodedText d = TextDecoder.decode(b, "lone.txt");
    assertThat(d.text()).isEqualTo("قرية \uFFFD محاصرة منذ أسبوع");
    assertThat(d.warnings()).anyMatch(w -> w.contains("surrogate"));
  }

  @Test
  void utf16WithoutBomIsRecognisedFromItsBytes() {
    DecodedText d = TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_16LE), "nobom.txt");
    assertThat(d.charset()).isEqualTo("UTF-16LE");
    assertThat(d.text()).isEqualTo(ARABIC);
  }

  @Test
  void randomBytesAreRefusedAsBinary() {
    byte[] b = new byte[2000];
    new Random(7).nextBytes(b);
    assertThatThrownBy(() -> TextDecoder.decode(b, "blob.bin"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("blob.bin: looks like binary data (");
  }

  @Test
  void nulInsideUtf8TextIsRefused() {
    byte[] b = (ARABIC + "\0" + ARABIC).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TextDecoder.decode(b, "nul.txt"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("nul.txt: looks like binary data (1 NUL bytes)");
  }

  @Test
  void manyControlCharactersAreRefused() {
    byte[] b = ("\u0001\u0002\u0003\u0004\u0005\u0006 " + ENGLISH).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TextDecoder.decode(b, "ctl.txt"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("ctl.txt: looks like binary data (6 control");
  }

  @Test
  void knownBinarySignatureIsNamed() {
    byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> TextDecoder.decode(pdf, "r.pdf"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("r.pdf: looks like binary data (PDF signature)");
  }

  @Test
  void emptyInputIsRefused() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[0], "e.txt"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("e.txt: empty input");
    assertThatThrownBy(() -> TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "bom-only.txt"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("bom-only.txt: empty input");
  }

  @Test
  void inputOverTheLimitIsRefused() {
    byte[] b = ENGLISH.getBytes(StandardCharsets.US_ASCII);
    assertThat(TextDecoder.decode(b, "ok.txt", b.length).text()).isEqualTo(ENGLISH);
    assertThatThrownBy(() -> TextDecoder.decode(b, "big.txt", b.length - 1))
        .isInstanceOf(BadInputException.class)
        .hasMessage("big.txt: input is " + b.length + " bytes, over the limit of " + (b.length - 1) + " bytes");
    assertThat(TextDecoder.DEFAULT_MAX_BYTES).isEqualTo(20L * 1024 * 1024);
  }

  @Test
  void htmlIsDecodedNotStripped() {
    String html = "<!DOCTYPE html><html><body><p>" + ARABIC + "</p></body></html>";
    DecodedText d = TextDecoder.decode(html.getBytes(StandardCharsets.UTF_8), "page.html");
    assertThat(d.text()).isEqualTo(html);
    assertThat(d.warnings()).anyMatch(w -> w.contains("HTML"));
  }

  @Test
  void bidiControlsAreKeptAndReported() {
    String s = "\u202Eقرية\u202C " + ENGLISH;
    DecodedText d = TextDecoder.decode(s.getBytes(StandardCharsets.UTF_8), "bidi.txt");
    assertThat(d.text()).isEqualTo(s);
    assertThat(d.warnings()).contains("2 bidirectional control character(s) (embedding/override/isolate)");
  }

  @Test
  void nullNameStillGivesAMessage() {
    assertThatThrownBy(() -> TextDecoder.decode(null, null))
        .isInstanceOf(BadInputException.class)
        .hasMessage("input: empty input");
  }
}
