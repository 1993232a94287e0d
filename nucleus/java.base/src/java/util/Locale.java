package java.util;

/**
 * The few locales whose number formatting is the root locale's ('.' decimal point, ',' grouping
 * by three), so that programs naming them for Formatter or case mapping print as on the JDK.
 * Other locales are not provided: their digits and separators would differ.
 */
public final class Locale {
    public static final Locale ROOT = new Locale("", "");
    public static final Locale ENGLISH = new Locale("en", "");
    public static final Locale US = new Locale("en", "US");
    public static final Locale UK = new Locale("en", "GB");
    public static final Locale CANADA = new Locale("en", "CA");

    private final String language;
    private final String country;

    private Locale(String language, String country) {
        this.language = language;
        this.country = country;
    }

    public String getLanguage() {
        return language;
    }

    public String getCountry() {
        return country;
    }

    public String toString() {
        return country.isEmpty() ? language : language + "_" + country;
    }
}
