package chokepoint.engine.scenario;

/** A display text from scenario data, in English and Japanese. */
public record Text(String en, String ja) {
    public String in(String language) {
        return "ja".equals(language) && ja != null && !ja.isBlank() ? ja : en;
    }
}
