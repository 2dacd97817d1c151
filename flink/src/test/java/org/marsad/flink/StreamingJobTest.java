package org.marsad.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.TreeMap;
import org.marsad.Pipeline;
import org.marsad.fuse.EventFuser;
import org.marsad.fuse.ReportEvent;
import org.marsad.ingest.ReportSources;
import org.marsad.track.StatusInterval;
import org.marsad.track.StatusTracker;
import org.marsad.json.ExtractionJson;

/** The streaming job end to end: an in-process KRaft broker, a local MiniCluster at parallelism 2. */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class StreamingJobTest {
  private static final String IN = "test.reports";
  private static final String OUT = "test.extractions";
  private static final String REJECTS = "test.rejects";
  private static final String STATUS = "test.status";

  @Test
  void reportsInExtractionsOut() throws Exception {
    try (KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(
            new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build()) {
      kafka.format();
      kafka.startup();
      kafka.waitForReadyBrokers();
      String bootstrap = kafka.bootstrapServers();
      try (Admin admin = kafka.admin()) {
        admin.createTopics(List.of(new NewTopic(IN, 2, (short) 1), new NewTopic(OUT, 2, (short) 1),
            new NewTopic(REJECTS, 1, (short) 1), new NewTopic(STATUS, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
      }
      List<String> reports = SingleProcess.sampleRecords();
      try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
          ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
          ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
          ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
        for (String r : reports) {
          producer.send(new ProducerRecord<>(IN, r)).get();
        }
        producer.send(new ProducerRecord<>(IN, "{\"content\": 42}")).get();
      }

      StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
      StreamingJob.build(env, new StreamingJob.Settings(bootstrap, IN, OUT, REJECTS, STATUS, "test", "earliest", 0, true));
      env.execute("marsad streaming test"); // bounded: returns once the produced records are done

      List<ConsumerRecord<String, String>> out = consume(bootstrap, OUT, reports.size());
      List<String> values = new ArrayList<>(out.stream().map(ConsumerRecord::value).toList());
      values.sort(null);
      assertThat(values).isEqualTo(SingleProcess.sortedLines(SingleProcess.sample()));
      for (ConsumerRecord<String, String> r : out) {
        assertThat(r.value()).contains("\"id\":\"" + r.key() + "\"");
      }
      assertThat(out).extracting(ConsumerRecord::key).allSatisfy(k -> assertThat(k).hasSize(64))
          .contains(Pipeline.sha256(contentOf(reports.get(0))));
      List<ConsumerRecord<String, String>> rejected = consume(bootstrap, REJECTS, 1);
      assertThat(rejected).singleElement().extracting(ConsumerRecord::value).asString()
          .contains("no \\\"content\\\" string").contains(IN);

      // Status changes arrive in whatever order the reports did; the last one per place must be
      // the status one process derives from all of that place's events.
      Map<String, String> expected = finalStatusByPlace(SingleProcess.sample());
      Map<String, String> lastByPlace = new TreeMap<>();
      for (ConsumerRecord<String, String> r : consume(bootstrap, STATUS, expected.size())) {
        JsonNode o = ExtractionJson.MAPPER.readTree(r.value());
        lastByPlace.put(r.key(), o.get("level").asText() + " since " + o.get("since").asText());
      }
      assertThat(lastByPlace).isEqualTo(expected);
    }
  }

  /** Per place: fuse that place's events, track its status, keep the current level (not NONE). */
  private static Map<String, String> finalStatusByPlace(java.nio.file.Path jsonl) {
    Pipeline p = Pipeline.defaultPipeline();
    Map<String, List<ReportEvent>> byPlace = new TreeMap<>();
    ReportSources.read(jsonl, s -> ReportEvent.of(p.extract(p.read(s)), null).stream()
        .filter(e -> e.event().place() != null && e.event().place().id() != null)
        .forEach(e -> byPlace.computeIfAbsent(e.event().place().id(), k -> new ArrayList<>()).add(e)), e -> { });
    Map<String, String> out = new TreeMap<>();
    byPlace.forEach((place, events) -> {
      List<StatusInterval> t = StatusTracker.loadDefault().timeline(place, EventFuser.loadDefault().fuse(events));
      if (!t.isEmpty()) {
        StatusInterval now = t.get(t.size() - 1);
        out.put(place, now.level() + " since " + now.since());
      }
    });
    return out;
  }

  private static byte[] contentOf(String record) throws Exception {
    return ExtractionJson.MAPPER.readTree(record).get("content").asText().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads {@code topic} from the beginning until {@code n} records arrived (or 60 s passed), then
   * until two polls in a row bring nothing, so that extra records are seen too.
   */
  private static List<ConsumerRecord<String, String>> consume(String bootstrap, String topic, int n) {
    List<ConsumerRecord<String, String>> got = new ArrayList<>();
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
      List<TopicPartition> parts = c.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (got.size() < n && System.nanoTime() < deadline) {
        c.poll(Duration.ofMillis(500)).forEach(got::add);
      }
      // then until a poll comes back empty: more records than expected must fail the test, not be missed
      int empty = 0;
      while (empty < 2 && System.nanoTime() < deadline) {
        int before = got.size();
        c.poll(Duration.ofMillis(1000)).forEach(got::add);
        empty = got.size() == before ? empty + 1 : 0;
      }
    }
    return got;
  }
}
