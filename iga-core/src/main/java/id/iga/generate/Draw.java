package id.iga.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small random draws shared by the generators; every draw comes from the caller's {@link SplittableRandom}. */
final class Draw {
  private Draw() {}

  /**
   * @param random the source of randomness
   * @param items a non-empty list
   * @param <T> the item type
   * @return one item, uniformly
   */
  static <T> T oneOf(SplittableRandom random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /**
   * @param random the source of randomness
   * @param percent 0..100
   * @return true with that probability
   */
  static boolean chance(SplittableRandom random, int percent) {
    return random.nextInt(100) < percent;
  }

  /**
   * @param random the source of randomness
   * @param items a list
   * @param <T> the item type
   * @return a new list with the same items in a uniformly random order (Fisher-Yates)
   */
  static <T> List<T> shuffled(SplittableRandom random, List<T> items) {
    List<T> out = new ArrayList<>(items);
    for (int i = out.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = out.get(i);
      out.set(i, out.get(j));
      out.set(j, t);
    }
    return out;
  }

  /**
   * @param random the source of randomness
   * @param items a list
   * @param size 0..items.size()
   * @param <T> the item type
   * @return {@code size} distinct items, in a random order
   */
  static <T> List<T> subset(SplittableRandom random, List<T> items, int size) {
    return List.copyOf(shuffled(random, items).subList(0, size));
  }
}
