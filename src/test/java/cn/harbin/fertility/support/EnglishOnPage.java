package cn.harbin.fertility.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English that a caseworker or supervisor would read on a page of the webapps: two or more English words in a row
 * ("Field is required", "Sort by", "No matching task"), or one of the webapps' one-word labels ("Select",
 * "Actions"). Product names and the engine's identifiers (one word, lowerCamel) are not phrases.
 */
public final class EnglishOnPage {

  private static final Pattern PHRASE = Pattern.compile("\\b[A-Za-z]{2,}(?:[ ,.']+[A-Za-z]{2,})+\\b");
  private static final Pattern WORD = Pattern.compile("\\b(Select|Search|Actions|Complete|Claim|Save|Cancel|Close"
      + "|Created|Due|Priority|Filter|Tasks|Realm|Loading|Error|Forbidden|Refresh)\\b");
  private static final Set<String> NAMES = Set.of("Camunda Platform");

  private EnglishOnPage() {}

  public static List<String> in(String pageText) {
    List<String> found = new ArrayList<>();
    for (Pattern pattern : List.of(PHRASE, WORD)) {
      Matcher english = pattern.matcher(pageText);
      while (english.find()) {
        if (!NAMES.contains(english.group())) {
          found.add(english.group());
        }
      }
    }
    return found;
  }
}
