package org.plancheck;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One field of a declared fact kind, with what its DRL metadata asks of its values.
 *
 * @param name the field's name: the CSV column and the JSON field
 * @param type its type
 * @param key whether it is the kind's {@code @key}: required and unique within a fact set
 * @param required whether every fact must give a value ({@code @required}; keys always do)
 * @param amount whether it is an {@code @amount} of money: exact, not negative, with 万/亿/billion
 *     multipliers; evidence ranks facts by it
 * @param words the words allowed ({@code @words}), empty when any text is
 * @param wordsIf when not null, {@code words} apply only to facts that meet it ({@code
 *     @wordsIf("industry == x")} or {@code @wordsIf("industry in (x, y)")})
 * @param references the declared type whose {@code @key} every value names ({@code
 *     @references}), or null
 * @param range the inclusive bounds of a number ({@code @range("0, 100")}), or null
 * @param rangeIf when not null, {@code range} applies only to facts that meet it ({@code @rangeIf})
 * @param bands when not null the field is computed, not read: the band its source field's value
 *     falls in ({@code @bands})
 */
public record FactField(
    String name,
    FieldType type,
    boolean key,
    boolean required,
    boolean amount,
    List<String> words,
    Condition wordsIf,
    String references,
    Range range,
    Condition rangeIf,
    Bands bands) {

  /** Requires a name and a type; copies the words. */
  public FactField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    words = List.copyOf(words);
    required = required || key;
  }

  /** Returns whether the field is computed from another ({@code @bands}) rather than read. */
  public boolean derived() {
    return bands != null;
  }

  /** Returns whether {@code fact}'s value of this field must be one of {@link #words}. */
  public boolean wordsApply(Fact fact) {
    return !words.isEmpty() && (wordsIf == null || wordsIf.holds(fact));
  }

  /** Returns whether {@code fact}'s value of this field must lie within {@link #range}. */
  public boolean rangeApplies(Fact fact) {
    return range != null && (rangeIf == null || rangeIf.holds(fact));
  }

  /**
   * A condition on another field of the same fact: it holds one of the given texts.
   *
   * @param field the other field
   * @param values the texts it may hold, at least one
   */
  public record Condition(String field, List<String> values) {
    /** Requires a field and at least one value; copies the values. */
    public Condition {
      Objects.requireNonNull(field, "field");
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("a condition needs at least one value");
      }
    }

    /** Returns whether {@code fact} meets the condition. */
    public boolean holds(Fact fact) {
      return values.contains(fact.get(field));
    }
  }

  /**
   * Inclusive bounds on a number.
   *
   * @param low the lowest value allowed
   * @param high the highest value allowed
   */
  public record Range(BigDecimal low, BigDecimal high) {
    /** Requires {@code low <= high}. */
    public Range {
      if (low.compareTo(high) > 0) {
        throw new IllegalArgumentException("the low end " + low.toPlainString()
            + " is above the high end " + high.toPlainString());
      }
    }

    /** Returns whether {@code value} lies within the bounds. */
    public boolean contains(BigDecimal value) {
      return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
    }

    @Override
    public String toString() {
      return low.toPlainString() + " to " + high.toPlainString();
    }
  }

  /**
   * Bands a number falls in, each from its lower bound (included) to the next band's (excluded):
   * Chinese statistical usage, where a firm of exactly 10 billion is in the tens-of-billions band
   * only. Under the first bound the band is empty text.
   *
   * @param source the number field the band is computed from
   * @param labels the band names, lowest first
   * @param lowers each band's lower bound, ascending
   */
  public record Bands(String source, List<String> labels, List<BigDecimal> lowers) {
    /** Requires as many labels as bounds, ascending bounds. */
    public Bands {
      labels = List.copyOf(labels);
      lowers = List.copyOf(lowers);
      if (labels.size() != lowers.size() || labels.isEmpty()) {
        throw new IllegalArgumentException("every band needs a name and a lower bound");
      }
      for (int i = 1; i < lowers.size(); i++) {
        if (lowers.get(i).compareTo(lowers.get(i - 1)) <= 0) {
          throw new IllegalArgumentException("bands must be listed lowest first");
        }
      }
    }

    /** Returns the band {@code value} falls in, or "" under the lowest bound or for null. */
    public String of(BigDecimal value) {
      if (value == null) {
        return "";
      }
      for (int i = lowers.size() - 1; i >= 0; i--) {
        if (value.compareTo(lowers.get(i)) >= 0) {
          return labels.get(i);
        }
      }
      return "";
    }
  }
}
