package org.marsad.store;

import java.nio.ByteBuffer;
import java.util.Base64;
import org.marsad.fuse.NearDuplicates;

/** MinHash signatures and LSH band keys as the record stores them (tables report_signatures, report_band_sets). */
final class Signatures {
  static final NearDuplicates DUPLICATES = NearDuplicates.defaults();
  static final int BANDS = DUPLICATES.bandKeys(DUPLICATES.signature("")).length;

  private Signatures() {}

  static String encode(long[] sig) {
    ByteBuffer b = ByteBuffer.allocate(sig.length * Long.BYTES);
    for (long v : sig) {
      b.putLong(v);
    }
    return Base64.getEncoder().encodeToString(b.array());
  }

  static long[] decode(String s) {
    ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(s));
    long[] out = new long[b.remaining() / Long.BYTES];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getLong();
    }
    return out;
  }

  /** An empty text's signature matches nothing (as in {@link NearDuplicates#groups}). */
  static boolean matchable(long[] sig) {
    return sig.length > 0 && sig[0] != Long.MAX_VALUE;
  }

  /** The band keys with the band's index folded in, as {@link NearDuplicates#groups} buckets them. */
  static long[] bands(long[] sig) {
    long[] keys = DUPLICATES.bandKeys(sig);
    for (int b = 0; b < keys.length; b++) {
      keys[b] = keys[b] * 31 + b;
    }
    return keys;
  }
}
