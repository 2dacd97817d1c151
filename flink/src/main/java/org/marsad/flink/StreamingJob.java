package org.marsad.flink;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Streaming: report records (one JSON Lines record per Kafka message value, UTF-8) from one topic,
 * extractions to another, keyed by document id (the SHA-256 of the report text), community status
 * changes ({@link StatusFunction}) keyed by place id to a third, unreadable records to a fourth.
 *
 * <pre>
 * flink run -c org.marsad.flink.StreamingJob flink/target/marsad-flink-jobs.jar \
 *     --bootstrap kafka:9092 [--input-topic marsad.reports] [--output-topic marsad.extractions] \
 *     [--status-topic marsad.status] [--rejects-topic marsad.rejects] [--group marsad] [--from committed|earliest|latest] \
 *     [--checkpoint-ms 10000] [--bounded] [--parallelism N]
 * </pre>
 *
 * {@code --bounded} stops at the input offsets that were latest when the job started (a backfill,
 * and what the tests use). Delivery is at-least-once; since the key is the document id, a
 * replayed extraction overwrites its twin in a compacted topic or a keyed store.
 */
public final class StreamingJob {
  /** The job's settings, with the defaults documented in docs/scale.md. */
  public record Settings(
      String bootstrap, String inputTopic, String outputTopic, String rejectsTopic, String statusTopic, String group,
      String from, long checkpointMs, boolean bounded) {
    public static Settings of(ParameterTool p) {
      return new Settings(
          p.getRequired("bootstrap"),
          p.get("input-topic", "marsad.reports"),
          p.get("output-topic", "marsad.extractions"),
          p.get("rejects-topic", "marsad.rejects"),
          p.get("status-topic", "marsad.status"),
          p.get("group", "marsad"),
          p.get("from", "committed"),
          p.getLong("checkpoint-ms", 10_000L),
          p.has("bounded"));
    }
  }

  private StreamingJob() {}

  public static void main(String[] args) throws Exception {
    ParameterTool p = ParameterTool.fromArgs(args);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    if (p.has("parallelism")) {
      env.setParallelism(p.getInt("parallelism"));
    }
    Settings s = Settings.of(p);
    build(env, s);
    env.execute("marsad streaming " + s.inputTopic() + " -> " + s.outputTopic());
  }

  /** Adds the job's graph to {@code env} (tests run it on a local MiniCluster). */
  public static void build(StreamExecutionEnvironment env, Settings s) {
    if (s.checkpointMs() > 0) {
      env.enableCheckpointing(s.checkpointMs()); // source offsets are committed, sink flushed, on each
    }
    KafkaSourceBuilder<String> in = KafkaSource.<String>builder()
        .setBootstrapServers(s.bootstrap())
        .setTopics(s.inputTopic())
        .setGroupId(s.group())
        .setStartingOffsets(start(s.from()))
        .setValueOnlyDeserializer(new SimpleStringSchema(StandardCharsets.UTF_8));
    if (s.bounded()) {
      in.setBounded(OffsetsInitializer.latest());
    }
    SingleOutputStreamOperator<Tuple2<String, String>> extracted = env
        .fromSource(in.build(), WatermarkStrategy.noWatermarks(), "kafka " + s.inputTopic())
        // Extraction costs far more than shipping a record: spread it over all slots, even when the
        // topic has fewer partitions than the job has slots.
        .rebalance()
        .process(new ExtractFunction("kafka topic " + s.inputTopic()))
        .name("marsad pipeline");
    extracted.sinkTo(keyedSink(s.bootstrap(), s.outputTopic())).name("kafka " + s.outputTopic());
    extracted.flatMap(StatusFunction::byPlace).returns(Types.TUPLE(Types.STRING, Types.STRING)).name("events by place")
        .keyBy(t -> t.f0, Types.STRING)
        .process(new StatusFunction()).returns(Types.TUPLE(Types.STRING, Types.STRING)).name("community status")
        .sinkTo(keyedSink(s.bootstrap(), s.statusTopic())).name("kafka " + s.statusTopic());
    extracted.getSideOutput(ExtractFunction.REJECTS).sinkTo(KafkaSink.<String>builder()
            .setBootstrapServers(s.bootstrap())
            .setRecordSerializer(KafkaRecordSerializationSchema.<String>builder()
                .setTopic(s.rejectsTopic())
                .setValueSerializationSchema(new SimpleStringSchema(StandardCharsets.UTF_8))
                .build())
            .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
            .build())
        .name("kafka " + s.rejectsTopic());
  }

  private static KafkaSink<Tuple2<String, String>> keyedSink(String bootstrap, String topic) {
    return KafkaSink.<Tuple2<String, String>>builder()
        .setBootstrapServers(bootstrap)
        .setRecordSerializer(new Keyed(topic))
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
  }

  @SuppressWarnings("deprecation") // the connector's committedOffsets still takes Kafka's old enum
  static OffsetsInitializer start(String from) {
    return switch (from) {
      case "committed" -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
      case "earliest" -> OffsetsInitializer.earliest();
      case "latest" -> OffsetsInitializer.latest();
      default -> throw new IllegalArgumentException("--from " + from + ": expected committed, earliest or latest");
    };
  }

  /** (key, JSON) as a Kafka record: document id for extractions, place id for status changes. */
  record Keyed(String topic) implements KafkaRecordSerializationSchema<Tuple2<String, String>> {
    @Override
    public ProducerRecord<byte[], byte[]> serialize(
        Tuple2<String, String> e, KafkaSinkContext context, Long timestamp) {
      return new ProducerRecord<>(topic, null, timestamp,
          e.f0.getBytes(StandardCharsets.UTF_8), e.f1.getBytes(StandardCharsets.UTF_8));
    }
  }
}
