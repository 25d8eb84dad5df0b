package org.claimdesk.generate;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a piece of work does to the heap, measured from inside the JVM: the bytes the calling thread allocated, the
 * heap in use after a full collection before and after (what the work kept), and the most heap in use after any
 * collection while it ran (what it held at its peak: garbage collected at that moment is not counted, so a large
 * young generation does not inflate it). The peak is an upper bound of the work's live data: a young collection
 * leaves old garbage in place.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {

    /** The figures of one watched run, in bytes. */
    record Heap(long allocated, long retained, long peakGrowth, int collections) {
    }

    private final Set<String> heapPools;
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final long baseline;
    private final long allocatedBefore;
    private volatile long peakAfterGc;
    private volatile int collections;

    private HeapWatch() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        baseline = usedAfterFullGc();
        peakAfterGc = baseline;
        for (GarbageCollectorMXBean gc : collectors) {
            ((NotificationEmitter) gc).addNotificationListener(this, null, null);
        }
        allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    }

    /** Starts watching from a full collection; call {@link #stop} on the same thread when the work is done. */
    static HeapWatch start() {
        return new HeapWatch();
    }

    Heap stop() {
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        close();
        int during = collections;
        long peak = peakAfterGc;
        long after = usedAfterFullGc();
        return new Heap(allocated, after - baseline, Math.max(0, peak - baseline), during);
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        collections++;
        if (used > peakAfterGc) {
            peakAfterGc = used;
        }
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : collectors) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(this);
            } catch (ListenerNotFoundException gone) {
                // removed already (stop, then close)
            }
        }
    }

    private static long usedAfterFullGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
