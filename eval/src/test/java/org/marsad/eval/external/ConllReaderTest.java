package org.marsad.eval.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.marsad.BadInputException;
import org.junit.jupiter.api.Test;

class ConllReaderTest {
  @Test
  void splitsSentencesAtFullStopsAndBlankLines() {
    String text = "سافر O\nالوفد O\nإلى O\nعمان B-LOC\n. O\nوصل O\nأمس O\n\nثم O\nغادر O\n";
    List<List<ConllToken>> s = ConllReader.parse(text);
    assertThat(s).hasSize(3);
    assertThat(s.get(0)).extracting(ConllToken::text).containsExactly("سافر", "الوفد", "إلى", "عمان", ".");
    assertThat(s.get(0).get(3).tag()).isEqualTo("B-LOC");
    assertThat(s.get(1)).hasSize(2);
    assertThat(s.get(2)).extracting(ConllToken::tag).containsExactly("O", "O");
  }

  @Test
  void theTagIsTheLastFieldAndEmptyTokensAreSkipped() {
    List<List<ConllToken>> s = ConllReader.parse("\uFEFFنيو يورك B-LOC\n O\nمدينة O\n");
    assertThat(s).hasSize(1);
    assertThat(s.get(0)).containsExactly(new ConllToken("نيو يورك", "B-LOC"), new ConllToken("مدينة", "O"));
  }

  @Test
  void aLineWithoutATagOrWithABadTagIsRefusedWithItsLineNumber() {
    assertThatThrownBy(() -> ConllReader.parse("كلمة O\nكلمة\n")).isInstanceOf(BadInputException.class).hasMessageContaining(":2:");
    assertThatThrownBy(() -> ConllReader.parse("كلمة LOC\n")).isInstanceOf(BadInputException.class).hasMessageContaining("BIO");
  }
}
