package org.marsad.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.marsad.BadInputException;

/** Decodes a report's bytes to text. */
public final class TextDecoder {
  private TextDecoder() {}

  public static DecodedText decode(byte[] bytes, String name) {
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
      return new DecodedText(text, "UTF-8", List.of());
    } catch (CharacterCodingException e) {
      throw new BadInputException(name + ": not valid UTF-8", e);
    }
  }
}
