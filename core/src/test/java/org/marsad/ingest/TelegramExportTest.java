package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.BadInputException;
import org.marsad.Pipeline;
import org.marsad.model.EventType;

class TelegramExportTest {
  @TempDir Path tmp;

  private Path fixture() throws IOException {
    Path p = tmp.resolve("result.json");
    if (Files.exists(p)) {
      return p;
    }
    try (InputStream in = TelegramExportTest.class.getResourceAsStream("/telegram/result.json")) {
      Files.copy(in, p);
    }
    return p;
  }

  static final class Collect implements Origin.Items {
    final List<Origin.Item> items = new ArrayList<>();
    final List<String> rejects = new ArrayList<>();
    final Set<String> seen;

    Collect(Set<String> seen) {
      this.seen = seen;
    }

    @Override
    public boolean seen(String key) {
      return seen.contains(key);
    }

    @Override
    public void accept(Origin.Item item) {
      items.add(item);
    }

    @Override
    public void reject(String key, BadInputException why) {
      rejects.add(why.getMessage());
    }
  }

  @Test
  void messagesBecomeReportsWithLinksForwardsAndCaptions() throws IOException {
    Path file = fixture();
    assertThat(TelegramExport.isExport(file)).isTrue();
    Collect c = new Collect(Set.of());
    new FileOrigin(file, "wadi_news").read(Origin.Cursor.NONE, c);
    assertThat(c.rejects).isEmpty();
    // Service messages (1, 6) and the photo without a caption (5) are not reports.
    assertThat(c.items).extracting(Origin.Item::key).containsExactly("message 2", "message 3", "message 4", "message 7");
    Source first = c.items.get(0).source();
    assertThat(new String(first.bytes(), StandardCharsets.UTF_8))
        .isEqualTo("عاجل: فرضت قوات النظام حصارا على بلدة جاسم في ريف درعا ومنعت إدخال الطحين #جاسم");
    assertThat(first.outlet()).isEqualTo("شبكة أخبار الوادي");
    assertThat(first.published()).isEqualTo(LocalDate.of(2024, 2, 3));
    assertThat(first.url()).isEqualTo("https://t.me/wadi_news/2");
    assertThat(c.items.get(1).forwardedFrom()).isEqualTo("مرصد درعا");
    assertThat(c.items.get(0).forwardedFrom()).isNull();
    assertThat(new String(c.items.get(2).source().bytes(), StandardCharsets.UTF_8)).startsWith("صورة من مدخل بلدة جاسم");
    // The first report reads as a siege of Jasim.
    Pipeline p = Pipeline.defaultPipeline();
    assertThat(p.extract(p.read(first)).events()).anyMatch(e -> e.type() == EventType.SIEGE);
  }

  @Test
  void withoutTheChannelsNameLinksUseItsNumericIdAndSeenMessagesAreSkipped() throws IOException {
    Collect c = new Collect(Set.of("message 2", "message 3"));
    new TelegramExport(fixture(), null).read(Origin.Cursor.NONE, c);
    assertThat(c.items).extracting(i -> i.source().url())
        .containsExactly("https://t.me/c/1987654321/4", "https://t.me/c/1987654321/7");
    assertThatThrownBy(() -> new TelegramExport(fixture(), "bad name/../x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBrokenExportIsRefusedWithOneLineAfterTheMessagesBeforeTheBreak() throws IOException {
    Path p = tmp.resolve("broken.json");
    String good = Files.readString(fixture(), StandardCharsets.UTF_8);
    Files.writeString(p, good.substring(0, good.indexOf("\"id\": 4")) + "\"id\": 4, \"text\": [[[", StandardCharsets.UTF_8);
    Collect c = new Collect(Set.of());
    assertThatThrownBy(() -> new TelegramExport(p, null).read(Origin.Cursor.NONE, c))
        .isInstanceOf(BadInputException.class).hasMessageStartingWith(p + ": not a readable Telegram export")
        .hasMessageNotContaining("\n");
    assertThat(c.items).hasSize(2);
  }
}
