package id.iga.fuzz;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * One fuzz case: a valid document and one mutation of it, both drawn from the case's own seed.
 *
 * @param index the case's number in the run
 * @param seed the case's seed, from which everything else is drawn
 * @param base the valid document
 * @param mutation what was done to it
 * @param bytes the mutated document
 */
record Case(int index, long seed, Base base, Mutation mutation, byte[] bytes) {
  /**
   * @param runSeed the seed of the run
   * @param index the case's number
   * @return the case's seed: each case can be drawn alone
   */
  static long seedOf(long runSeed, int index) {
    return new SplittableRandom(runSeed ^ (0x9E3779B97F4A7C15L * (index + 1L))).nextLong();
  }

  /**
   * @param corpus where valid documents come from
   * @param runSeed the seed of the run
   * @param index the case's number
   * @return the case
   */
  static Case draw(Corpus corpus, long runSeed, int index) {
    long seed = seedOf(runSeed, index);
    SplittableRandom random = new SplittableRandom(seed);
    Base base = corpus.draw(random);
    List<BiFunction<Base, SplittableRandom, Optional<Mutation>>> kinds = Mutation.KINDS;
    int first = random.nextInt(kinds.size());
    for (int k = 0; k < kinds.size(); k++) {
      Optional<Mutation> m = kinds.get((first + k) % kinds.size()).apply(base, random);
      if (m.isPresent()) {
        return new Case(index, seed, base, m.get(), m.get().apply(base));
      }
    }
    throw new IllegalStateException("no mutation applies to " + base.name());
  }

  /** @return the pointer of the value the mutation changed, when it changed one */
  Optional<String> pointer() {
    return mutation instanceof Mutation.Corrupt c ? Optional.of(c.pointer(base)) : mutation.changed();
  }

  /** @return the case as a failure names it, the mutation shortened to 300 characters */
  String describe(long runSeed) {
    String m = mutation.toString();
    return "case " + index + " (run seed " + runSeed + ", case seed " + seed + "): " + base.name() + ", "
        + (m.length() > 300 ? m.substring(0, 300) + "..." : m);
  }
}
