package id.iga.json;

import static id.iga.json.JsonFixtures.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonToken;
import id.iga.Message;
import org.junit.jupiter.api.Test;

/**
 * What a reader names when a value has the wrong type (the JSON type it found, in the same words whether the
 * submission reader streams the tokens or the rubric reader walks a tree) or crosses a reading limit.
 */
class FoundValueSpec {
  @Test
  void eachValueOfTheWrongTypeIsNamedByItsJsonType() {
    String[][] cases = {{"{}", "an object"}, {"\"[]\"", "a string"}, {"2024.5", "a number"}, {"true", "a boolean"},
        {"false", "a boolean"}, {"null", "null"}};
    for (String[] c : cases) {
      assertError(() -> SubmissionJson.read("{\"innovations\": " + c[0] + "}"), "<string>", 1, 17, "/innovations",
          "expected an array, found " + c[1]);
    }
    assertError(() -> SubmissionJson.read("{\"region\": {\"code\": []}}"), "<string>", 1, 21, "/region/code",
        "expected a string, found an array");
  }

  @Test
  void aVerdictThatIsNotABooleanIsNamedByItsType() {
    String json = "{\"spd\": {\"1\": {\"level\": 1, \"verified\": \"yes\"}}}";
    assertError(() -> SubmissionJson.read(json), "<string>", 1, 40, "/spd/1/verified",
        "expected true or false, found a string");
  }

  @Test
  void aTokenThatStartsNoValueIsNamedByItsTextAndNoTokenAsTheEnd() {
    assertEquals(Message.of("json.value.token", "]"), Tokens.describe(JsonToken.END_ARRAY));
    assertEquals(Message.of("json.value.token", "}"), Tokens.describe(JsonToken.END_OBJECT));
    assertEquals(Message.of("json.value.tokenName", "FIELD_NAME"), Tokens.describe(JsonToken.FIELD_NAME));
    assertEquals(Message.of("json.value.end"), Tokens.describe(null));
  }

  @Test
  void aReadingLimitTheReaderDoesNotKnowIsNamedInItsOwnWordsNotTheParsers() {
    assertEquals(Message.of("json.limit.exceeded"),
        Tokens.limit("Token count (1000001) exceeds the maximum allowed (1000000, from `maxTokenCount`)"));
    assertEquals(Message.of("json.limit.exceeded"), Tokens.limit("Document length exceeds the limit"));
    assertEquals(Message.of("json.limit.nesting", 1000L, 1001L),
        Tokens.limit("Document nesting depth (1001) exceeds the maximum allowed (1000, from `maxNestingDepth`)"));
  }
}
