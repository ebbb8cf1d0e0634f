package dev.needledrop.discogs.benchmarks.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The most heap a piece of work used: the peaks of the heap's pools are cleared before it and
 * summed after it. The pools peak at different moments, so the sum is an upper bound of the heap in
 * use at any one time, garbage not yet collected included.
 */
public final class HeapPeak {

  private static final double MIB = 1024.0 * 1024.0;

  private HeapPeak() {}

  /** Collects the garbage and clears the peaks, so that the next reading covers what follows. */
  public static void reset() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Returns the sum of the heap pools' peaks since the last {@link #reset()}, in MiB. */
  public static double peakMib() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / MIB;
  }

  /** Returns the most heap this JVM may use, in MiB. */
  public static double maxMib() {
    return Runtime.getRuntime().maxMemory() / MIB;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }
}
