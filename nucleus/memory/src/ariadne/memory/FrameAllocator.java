package ariadne.memory;

import ariadne.magic.Address;

/**
 * Physical 4 KiB frames of one range, tracked by a bitmap (a set bit is a frame in use) that
 * lives in memory the caller provides. Single frames come from the top down, so the low
 * memory devices and early structures need stays free longest. Not locked: {@link Frames}
 * locks the system's allocator; a test may own a private one.
 */
public final class FrameAllocator {
    /** Returned when no frame (or no run of frames) is free. */
    public static final long NONE = -1;

    private final long firstFrame;
    private final long frameCount;
    private final Address bitmap;
    private final long words;
    private long freeCount;
    /** No word above this one has a free bit. */
    private long highestFreeWord;

    /**
     * An allocator for frames {@code [base, base + frameCount * Page.SIZE)} with every frame in
     * use; {@link #release} makes them available. {@code bitmap} must hold {@link #bitmapBytes}.
     */
    public FrameAllocator(long base, long frameCount, Address bitmap) {
        this.firstFrame = base >>> Page.SHIFT;
        this.frameCount = frameCount;
        this.bitmap = bitmap;
        this.words = (frameCount + 63) >>> 6;
        for (long w = 0; w < words; w++) {
            bitmap.storeLong(w * 8, -1L);
        }
    }

    /** Bytes of bitmap needed for {@code frameCount} frames (whole 8-byte words). */
    public static long bitmapBytes(long frameCount) {
        return ((frameCount + 63) >>> 6) * 8;
    }

    /** Marks the whole frames inside {@code [start, end)} (physical, clipped to the range) free. */
    public void release(long start, long end) {
        long index = Math.max((start + Page.SIZE - 1) >>> Page.SHIFT, firstFrame) - firstFrame;
        long last = Math.min(end >>> Page.SHIFT, firstFrame + frameCount) - firstFrame;
        while (index < last) {
            if ((index & 63) == 0 && last - index >= 64) {
                long used = bitmap.loadLong((index >>> 6) * 8); // a whole word at once
                freeCount += Long.bitCount(used);
                bitmap.storeLong((index >>> 6) * 8, 0L);
                index += 64;
            } else {
                if (isUsed(index)) {
                    setUsed(index, false);
                    freeCount++;
                }
                index++;
            }
            if (((index - 1) >>> 6) > highestFreeWord) {
                highestFreeWord = (index - 1) >>> 6;
            }
        }
    }

    /** Marks the frames touching {@code [start, end)} in use (clipped to the range). */
    public void reserve(long start, long end) {
        long first = Math.max(start >>> Page.SHIFT, firstFrame);
        long last = Math.min((end + Page.SIZE - 1) >>> Page.SHIFT, firstFrame + frameCount);
        for (long frame = first; frame < last; frame++) {
            long index = frame - firstFrame;
            if (!isUsed(index)) {
                setUsed(index, true);
                freeCount--;
            }
        }
    }

    /** The physical address of a free frame, now in use, or {@link #NONE}. */
    public long allocate() {
        return allocateBelow(Long.MAX_VALUE);
    }

    /** Like {@link #allocate} but only from frames that end at or below {@code limit}. */
    public long allocateBelow(long limit) {
        long limitFrame = Math.min(limit >>> Page.SHIFT, firstFrame + frameCount);
        if (limitFrame <= firstFrame) {
            return NONE;
        }
        long lastIndex = limitFrame - firstFrame - 1;
        for (long w = Math.min(lastIndex >>> 6, highestFreeWord); w >= 0; w--) {
            long used = bitmap.loadLong(w * 8);
            if (w == lastIndex >>> 6 && (lastIndex & 63) != 63) {
                used |= -1L << ((lastIndex & 63) + 1); // frames at or above the limit count as used
            }
            if (used != -1L) {
                int bit = 63 - Long.numberOfLeadingZeros(~used);
                long index = w * 64 + bit;
                setUsed(index, true);
                freeCount--;
                if (limit == Long.MAX_VALUE) {
                    highestFreeWord = w;
                }
                return (firstFrame + index) << Page.SHIFT;
            }
        }
        return NONE;
    }

    /** The physical address of {@code count} contiguous free frames, now in use, or {@link #NONE}. */
    public long allocateRun(long count) {
        return allocateRunBelow(count, Long.MAX_VALUE);
    }

    /** Like {@link #allocateRun} but only from frames that end at or below {@code limit}. */
    public long allocateRunBelow(long count, long limit) {
        if (count <= 0 || count > freeCount) {
            return NONE;
        }
        long end = Math.min(frameCount, Math.max(0, (limit >>> Page.SHIFT) - firstFrame));
        long runEnd = end; // one past the highest frame of the run being grown downwards
        for (long index = end - 1; index >= 0; index--) {
            if (isUsed(index)) {
                runEnd = index;
            } else if (runEnd - index == count) {
                for (long i = index; i < runEnd; i++) {
                    setUsed(i, true);
                }
                freeCount -= count;
                return (firstFrame + index) << Page.SHIFT;
            }
        }
        return NONE;
    }

    /** Gives back the frame at {@code physical}; freeing a free frame or one outside the range is an error. */
    public void free(long physical) {
        long index = (physical >>> Page.SHIFT) - firstFrame;
        if (index < 0 || index >= frameCount || (physical & (Page.SIZE - 1)) != 0) {
            throw new IllegalArgumentException("not a frame of this allocator");
        }
        if (!isUsed(index)) {
            throw new IllegalStateException("frame freed twice");
        }
        setUsed(index, false);
        freeCount++;
        if ((index >>> 6) > highestFreeWord) {
            highestFreeWord = index >>> 6;
        }
    }

    /** Gives back {@code count} frames from {@code physical} on. */
    public void freeRun(long physical, long count) {
        for (long i = 0; i < count; i++) {
            free(physical + (i << Page.SHIFT));
        }
    }

    public boolean isFree(long physical) {
        long index = (physical >>> Page.SHIFT) - firstFrame;
        return index >= 0 && index < frameCount && !isUsed(index);
    }

    public long freeFrames() {
        return freeCount;
    }

    public long totalFrames() {
        return frameCount;
    }

    /** Lowest physical address of the range. */
    public long base() {
        return firstFrame << Page.SHIFT;
    }

    private boolean isUsed(long index) {
        return (bitmap.loadLong((index >>> 6) * 8) & (1L << (index & 63))) != 0;
    }

    private void setUsed(long index, boolean used) {
        long offset = (index >>> 6) * 8;
        long word = bitmap.loadLong(offset);
        long bit = 1L << (index & 63);
        bitmap.storeLong(offset, used ? word | bit : word & ~bit);
    }
}
