package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.ingest.FileOrigin;
import org.marsad.ingest.Origin;

/** Followed sources kept in the record, read round by round, each item taken once. */
class WatcherTest {
  @TempDir Path tmp;

  @Test
  void aFollowedExportAndFolderAreReadOnceEachAndForwardsKeepTheirOrigin() throws IOException {
    Path export = tmp.resolve("result.json");
    try (InputStream in = WatcherTest.class.getResourceAsStream("/telegram/result.json")) {
      Files.copy(in, export);
    }
    Path folder = Files.createDirectories(tmp.resolve("inbox"));
    Files.writeString(folder.resolve("a.txt"), "فرضت قوات النظام حصارا على بلدة جاسم في ريف درعا", StandardCharsets.UTF_8);
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("data")))) {
      SourceList list = new SourceList(s);
      assertThat(list.add(export.toString(), "wadi_news")).isTrue();
      assertThat(list.add(folder.toString(), null)).isTrue();
      assertThat(list.add(folder.toString(), null)).as("already followed").isFalse();
      List<String> log = new ArrayList<>();
      Watcher w = new Watcher(s, new OriginIngest(s, Pipeline.defaultPipeline()),
          e -> new FileOrigin(Path.of(e.location()), e.telegramChannel()), Duration.ofMillis(1),
          (key, name, outcome, reason) -> log.add(outcome + " " + key));
      Watcher.Round first = w.round();
      assertThat(first.added()).isEqualTo(5);
      assertThat(first.failed()).isZero();
      Files.writeString(folder.resolve("b.txt"), "قصفت مدفعية النظام مدينة طفس", StandardCharsets.UTF_8);
      Watcher.Round second = w.round();
      assertThat(second.added()).as("only the new file").isEqualTo(1);
      assertThat(second.known()).isZero();
      assertThat(log).filteredOn(l -> l.startsWith("ADDED message ")).hasSize(4);
      List<String> urls = s.jdbi().withHandle(h -> h.createQuery("SELECT url FROM reports WHERE url LIKE 'https://t.me/%' ORDER BY url")
          .mapTo(String.class).list());
      assertThat(urls).containsExactly("https://t.me/wadi_news/2", "https://t.me/wadi_news/3",
              "https://t.me/wadi_news/4", "https://t.me/wadi_news/7");
      String origin = s.jdbi().withHandle(h -> h.createQuery("SELECT p.forwarded_from FROM report_provenance p JOIN reports r"
          + " ON r.id = p.report_id WHERE r.url = 'https://t.me/wadi_news/3'").mapTo(String.class).one());
      assertThat(origin).isEqualTo("مرصد درعا");
      assertThat(list.list()).allSatisfy(e -> assertThat(e.failures()).isZero());

      // A source that cannot be read backs off, doubling per failure.
      list.add(tmp.resolve("gone.json").toString(), null);
      Watcher failing = new Watcher(s, new OriginIngest(s, Pipeline.defaultPipeline()), e -> {
        if (e.location().endsWith("gone.json")) {
          return new Origin() {
            @Override
            public String location() {
              return e.location();
            }

            @Override
            public Cursor read(Cursor since, Items items) {
              throw new org.marsad.BadInputException(e.location() + ": cannot read (no such file)");
            }
          };
        }
        return new FileOrigin(Path.of(e.location()), e.telegramChannel());
      }, Duration.ofMinutes(15), null);
      assertThat(failing.round().failed()).isEqualTo(1);
      SourceList.Entry gone = list.list().stream().filter(e -> e.location().endsWith("gone.json")).findFirst().orElseThrow();
      assertThat(gone.failures()).isEqualTo(1);
      assertThat(gone.lastError()).contains("no such file");
      assertThat(Duration.between(gone.lastReadAt(), gone.nextReadAt())).isEqualTo(Duration.ofMinutes(30));
      assertThat(SourceList.backoff(Duration.ofMinutes(15), 20)).isEqualTo(Duration.ofDays(1));
      // Started on its own thread (as a server runs it) and stopped: it reads, then ends.
      // (the sources read above are not due for 15 minutes: a new one is)
      Path later = Files.createDirectories(tmp.resolve("later"));
      Files.writeString(later.resolve("c.txt"), "أغلقت الحواجز الطرق المؤدية إلى مدينة طفس", StandardCharsets.UTF_8);
      list.add(later.toString(), null);
      List<Watcher.Round> rounds = new java.util.concurrent.CopyOnWriteArrayList<>();
      Watcher background = new Watcher(s, new OriginIngest(s, Pipeline.defaultPipeline()),
          e -> new FileOrigin(Path.of(e.location()), e.telegramChannel()), Duration.ofMillis(50), new Watcher.Listener() {
            @Override
            public void done(String key, String name, OriginIngest.Outcome outcome, String reason) {}

            @Override
            public void roundDone(Watcher.Round r) {
              rounds.add(r);
            }
          });
      background.start();
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (rounds.stream().mapToLong(Watcher.Round::added).sum() < 1 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      background.stop();
      assertThat(background.isRunning()).isFalse();
      assertThat(rounds.stream().mapToLong(Watcher.Round::added).sum()).isEqualTo(1);
      assertThat(list.remove(folder.toString())).isTrue();
      assertThat(list.list()).hasSize(3);
    }
  }
}
