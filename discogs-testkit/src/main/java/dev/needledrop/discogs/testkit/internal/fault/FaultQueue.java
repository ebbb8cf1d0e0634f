package dev.needledrop.discogs.testkit.internal.fault;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The faults scripted on a stub, in the order given. Thread-safe. */
public final class FaultQueue {

  private final List<Fault> faults = new CopyOnWriteArrayList<>();

  /** Adds a fault after those already scripted. */
  public void add(Fault fault) {
    faults.add(fault);
  }

  /** Uses and returns the first scripted fault that applies to the request, if any. */
  public Optional<Fault> take(String method, String rawPath) {
    for (Fault fault : faults) {
      if (fault.matches(method, rawPath) && fault.tryUse()) {
        faults.removeIf(used -> used.remaining().get() == 0);
        return Optional.of(fault);
      }
    }
    return Optional.empty();
  }

  /** Returns how many uses of scripted faults remain. */
  public int remaining() {
    return faults.stream().mapToInt(fault -> fault.remaining().get()).sum();
  }

  /** Drops every scripted fault. */
  public void clear() {
    faults.clear();
  }
}
