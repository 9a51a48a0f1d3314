package org.oa.edi.internal.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.oa.edi.stream.Delimiters;
import org.oa.edi.stream.X12Event;
import org.oa.edi.stream.X12Reader;
import org.oa.edi.validation.Problem;
import org.oa.edi.validation.ProblemKind;

/**
 * Byte-level X12 tokenizer: scans a bounded buffer for the terminator and element separators of the current
 * interchange without decoding characters; strings are only created when an element is asked for.
 */
public final class ByteTokenizer implements X12Reader {

    private static final int ISA_LENGTH = 106;
    private static final int[] ISA_SEPARATOR_OFFSETS = {3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101,
        103};
    private static final int INITIAL_BUFFER = 1 << 16;

    private final InputStream in;
    private final int maxSegmentLength;
    private byte[] buf;
    private int pos;
    private int limit;
    private long bufferBase;
    private boolean eof;

    private byte elementSeparator = '*';
    private byte componentSeparator = ':';
    private byte segmentTerminator = '~';
    private Delimiters delimiters = Delimiters.DEFAULT;

    private boolean started;
    private boolean inInterchange;
    private boolean inTransaction;
    private boolean finished;
    /** hasNext() found data at pos; cleared by next(). */
    private boolean ready;
    private boolean x12;

    private int segStart = -1;
    private int segEnd;
    private int[] seps = new int[32];
    private int sepCount;
    private String segmentId = "";
    private int segmentKey;
    private X12Event event;
    private Problem problem;
    private long segmentPosition;
    private int transactionPosition;
    private long segmentOffset;

    private static final int VALUE_CACHE_BITS = 10;
    private final long[] valueKeys = new long[1 << VALUE_CACHE_BITS];
    private final byte[] valueLengths = new byte[1 << VALUE_CACHE_BITS];
    private final String[] values = new String[1 << VALUE_CACHE_BITS];

    private static final int ID_CACHE = 1024;
    private final int[] idKeys = new int[ID_CACHE];
    private final String[] idValues = new String[ID_CACHE];

    public ByteTokenizer(InputStream in, int maxSegmentLength) {
        this.in = in;
        this.maxSegmentLength = maxSegmentLength;
        this.buf = new byte[Math.min(INITIAL_BUFFER, Math.max(256, maxSegmentLength + 8))];
    }

    @Override
    public boolean hasNext() {
        if (ready) {
            return true;
        }
        if (finished) {
            return false;
        }
        if (!skipWhitespace()) {
            finished = true;
            return false;
        }
        ready = true;
        return true;
    }

    @Override
    public X12Event next() {
        if (!ready && !hasNext()) {
            throw new NoSuchElementException("no more X12 events");
        }
        ready = false;
        problem = null;
        segStart = -1;
        sepCount = 0;
        segmentOffset = bufferBase + pos;
        if (startsWithIsa()) {
            return event = readIsa();
        }
        if (!inInterchange) {
            if (!started) {
                finished = true;
                return problem(ProblemKind.INTERCHANGE_TA1, "022",
                        "The file does not start with an ISA interchange header, so it is not X12.", "");
            }
            skipToNextIsa();
            return problem(ProblemKind.INTERCHANGE_TA1, "024",
                    "Data found outside an interchange (after IEA and before the next ISA) was ignored.", "");
        }
        return event = readSegment();
    }

    private X12Event problem(ProblemKind kind, String code, String message, String id) {
        problem = new Problem(kind, code, Problem.Severity.ERROR, segmentPosition, transactionPosition, id, "", 0,
                0, 0, "", message);
        segmentId = id;
        segmentKey = 0;
        event = X12Event.PROBLEM;
        return event;
    }

    // ---- ISA --------------------------------------------------------------------------------------------------

    private boolean startsWithIsa() {
        if (pos < limit && buf[pos] != 'I') {
            return false;
        }
        if (!ensure(4)) {
            return false;
        }
        return buf[pos] == 'I' && buf[pos + 1] == 'S' && buf[pos + 2] == 'A' && !isAlnum(buf[pos + 3]);
    }

    private X12Event readIsa() {
        boolean complete = ensure(ISA_LENGTH);
        int available = limit - pos;
        byte sep = buf[pos + 3];
        int termIndex = -1;
        int compIndex = -1;
        if (complete && fixedWidthIsa(sep)) {
            compIndex = pos + 104;
            termIndex = pos + 105;
        } else {
            // Lenient: the 16th separator is followed by ISA16 and the terminator.
            ensure(Math.min(512, maxSegmentLength));
            available = limit - pos;
            int count = 0;
            for (int i = pos + 3; i < pos + available; i++) {
                if (buf[i] == sep) {
                    count++;
                    if (count == 16) {
                        if (i + 2 < pos + available) {
                            compIndex = i + 1;
                            termIndex = i + 2;
                        }
                        break;
                    }
                }
            }
        }
        if (termIndex < 0 || !plausibleDelimiters(sep, buf[compIndex], buf[termIndex])) {
            boolean truncated = eof && (limit - pos) < ISA_LENGTH;
            if (!started) {
                finished = true;
                started = true;
                segmentPosition++;
                return problem(ProblemKind.INTERCHANGE_TA1, truncated ? "023" : "022", truncated
                        ? "The file ends inside the ISA interchange header."
                        : "The ISA interchange header is malformed; its delimiters cannot be determined.", "ISA");
            }
            segmentPosition++;
            pos += 3;
            inInterchange = false;
            skipToNextIsa();
            return problem(ProblemKind.INTERCHANGE_TA1, "022",
                    "An ISA interchange header is malformed and the interchange was skipped.", "ISA");
        }
        started = true;
        x12 = true;
        elementSeparator = sep;
        componentSeparator = buf[compIndex];
        segmentTerminator = buf[termIndex];
        segStart = pos;
        segEnd = termIndex;
        sepCount = 0;
        for (int i = pos + 3; i < compIndex; i++) {
            if (buf[i] == sep) {
                addSeparator(i);
            }
        }
        char repetition = '\0';
        String version = sepCount >= 12 ? element(12) : "";
        String isa11 = sepCount >= 11 ? element(11) : "";
        if (version.compareTo("00402") >= 0 && isa11.length() == 1 && !isAlnum((byte) isa11.charAt(0))) {
            repetition = isa11.charAt(0);
        }
        try {
            delimiters = new Delimiters((char) (sep & 0xFF), repetition == (char) (sep & 0xFF) ? '\0' : repetition,
                    (char) (componentSeparator & 0xFF), (char) (segmentTerminator & 0xFF));
        } catch (IllegalArgumentException e) {
            delimiters = new Delimiters((char) (sep & 0xFF), '\0', (char) (componentSeparator & 0xFF),
                    (char) (segmentTerminator & 0xFF));
        }
        pos = termIndex + 1;
        segmentId = "ISA";
        segmentKey = 0;
        segmentPosition++;
        transactionPosition = 0;
        inTransaction = false;
        inInterchange = true;
        return X12Event.START_INTERCHANGE;
    }

    private boolean fixedWidthIsa(byte sep) {
        int next = 0;
        for (int i = 3; i < 104; i++) {
            boolean expected = next < ISA_SEPARATOR_OFFSETS.length && ISA_SEPARATOR_OFFSETS[next] == i;
            if (expected) {
                if (buf[pos + i] != sep) {
                    return false;
                }
                next++;
            } else if (buf[pos + i] == sep) {
                return false;
            }
        }
        return true;
    }

    private static boolean plausibleDelimiters(byte element, byte component, byte terminator) {
        return !isAlnum(element) && !isAlnum(component) && !isAlnum(terminator) && element != component
                && element != terminator && component != terminator && element != ' ' && terminator != ' ';
    }

    private static boolean isAlnum(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
    }

    private void skipToNextIsa() {
        while (true) {
            while (pos + 3 < limit) {
                if (buf[pos] == 'I' && buf[pos + 1] == 'S' && buf[pos + 2] == 'A' && !isAlnum(buf[pos + 3])) {
                    return;
                }
                pos++;
            }
            if (!fill(pos)) {
                pos = limit;
                return;
            }
        }
    }

    // ---- segments ---------------------------------------------------------------------------------------------

    private X12Event readSegment() {
        int start = pos;
        int i = pos;
        final byte es = elementSeparator;
        final byte st = segmentTerminator;
        final long esWord = (es & 0xFFL) * ONES;
        final long stWord = (st & 0xFFL) * ONES;
        int n = 0;
        int[] sp = seps;
        while (true) {
            final byte[] b = buf;
            final int lim = limit;
            int term = -1;
            // Eight bytes at a time (SWAR): a mask of the separator bytes and of the terminator bytes of a word,
            // instead of two comparisons per byte.
            while (i <= lim - 8) {
                long word = (long) LONGS.get(b, i);
                long sepBytes = zeroBytes(word ^ esWord);
                long termBytes = zeroBytes(word ^ stWord);
                if (termBytes != 0) {
                    // Only the separators before the first terminator belong to this segment.
                    sepBytes &= (termBytes & -termBytes) - 1;
                }
                while (sepBytes != 0) {
                    if (n == sp.length) {
                        sp = java.util.Arrays.copyOf(sp, n * 2);
                        seps = sp;
                    }
                    sp[n++] = i + (Long.numberOfTrailingZeros(sepBytes) >>> 3);
                    sepBytes &= sepBytes - 1;
                }
                if (termBytes != 0) {
                    term = i + (Long.numberOfTrailingZeros(termBytes) >>> 3);
                    break;
                }
                i += 8;
            }
            // The last few bytes of the buffer, one at a time.
            while (term < 0 && i < lim) {
                byte c = b[i];
                if (c == es) {
                    if (n == sp.length) {
                        sp = java.util.Arrays.copyOf(sp, n * 2);
                        seps = sp;
                    }
                    sp[n++] = i;
                } else if (c == st) {
                    term = i;
                    break;
                }
                i++;
            }
            if (term >= 0) {
                sepCount = n;
                if (term - start > maxSegmentLength) {
                    pos = term + 1;
                    return oversized(start, true);
                }
                segStart = start;
                segEnd = term;
                pos = term + 1;
                return classify();
            }
            sepCount = n;
            if (i - start > maxSegmentLength) {
                return oversized(start, false);
            }
            if (!fill(start)) {
                // End of input without a terminator.
                String id = idOf(start, sepCount > 0 ? seps[0] : limit);
                pos = limit;
                finished = true;
                segmentPosition++;
                if (inTransaction) {
                    transactionPosition++;
                }
                return problem(ProblemKind.INTERCHANGE_TA1, "023",
                        "The file ends in the middle of a segment (no segment terminator); it looks truncated.", id);
            }
            for (int k = 0; k < n; k++) {
                sp[k] = seps[k];
            }
            i -= start;
            start = 0;
        }
    }

    private X12Event oversized(int start, boolean terminated) {
        String id = sepCount > 0 && seps[0] - start <= 3 ? idOf(start, seps[0]) : "";
        sepCount = 0;
        boolean found = terminated;
        if (!terminated) {
            pos = limit;
        }
        while (!found) {
            for (int i = pos; i < limit; i++) {
                if (buf[i] == segmentTerminator) {
                    pos = i + 1;
                    found = true;
                    break;
                }
            }
            if (!found) {
                pos = limit;
                if (!fill(pos)) {
                    finished = true;
                    break;
                }
            }
        }
        segmentPosition++;
        if (inTransaction) {
            transactionPosition++;
        }
        return problem(ProblemKind.SEGMENT_IK304, "8", "A segment is longer than the limit of " + maxSegmentLength
                + " bytes; it was skipped.", id);
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    /** 0x80 in each byte of {@code x} that is zero, 0 in the others (exact: no borrow between bytes). */
    private static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    private void addSeparator(int index) {
        if (sepCount == seps.length) {
            int[] bigger = new int[seps.length * 2];
            System.arraycopy(seps, 0, bigger, 0, sepCount);
            seps = bigger;
        }
        seps[sepCount++] = index;
    }

    private static final int KEY_ST = 2 << 24 | 'S' << 16 | 'T' << 8;
    private static final int KEY_SE = 2 << 24 | 'S' << 16 | 'E' << 8;
    private static final int KEY_GS = 2 << 24 | 'G' << 16 | 'S' << 8;
    private static final int KEY_GE = 2 << 24 | 'G' << 16 | 'E' << 8;
    private static final int KEY_IEA = 3 << 24 | 'I' << 16 | 'E' << 8 | 'A';

    private X12Event classify() {
        int idEnd = sepCount > 0 ? seps[0] : segEnd;
        int key = key(segStart, idEnd - segStart);
        segmentKey = key;
        segmentId = key == 0 ? idOf(segStart, idEnd) : cachedId(key, segStart, idEnd - segStart);
        segmentPosition++;
        if (key == KEY_ST) {
            inTransaction = true;
            transactionPosition = 1;
            return X12Event.START_TRANSACTION;
        }
        if (inTransaction) {
            transactionPosition++;
        } else {
            transactionPosition = 0;
        }
        if (key == KEY_SE) {
            inTransaction = false;
            return X12Event.END_TRANSACTION;
        }
        if (key == KEY_GS || key == KEY_GE || key == KEY_IEA) {
            inTransaction = false;
            transactionPosition = 0;
            if (key == KEY_IEA) {
                inInterchange = false;
                return X12Event.END_INTERCHANGE;
            }
            return key == KEY_GS ? X12Event.START_GROUP : X12Event.END_GROUP;
        }
        return X12Event.SEGMENT;
    }

    private int key(int from, int len) {
        if (len <= 0 || len > 3) {
            return 0;
        }
        return len << 24 | (buf[from] & 0xFF) << 16 | (len > 1 ? (buf[from + 1] & 0xFF) << 8 : 0)
                | (len > 2 ? buf[from + 2] & 0xFF : 0);
    }

    private String idOf(int from, int to) {
        int len = to - from;
        if (len <= 0) {
            return "";
        }
        if (len > 3) {
            return new String(buf, from, Math.min(len, 8), StandardCharsets.ISO_8859_1);
        }
        return cachedId(key(from, len), from, len);
    }

    private String cachedId(int key, int from, int len) {
        int slot = (key * 0x9E3779B9) >>> 22;
        for (int probe = 0; probe < 8; probe++) {
            int k = (slot + probe) & (ID_CACHE - 1);
            // Keys first: a hit then reads one reference and never touches the String (fewer cache misses).
            if (idKeys[k] == key) {
                return idValues[k];
            }
            String v = idValues[k];
            if (v == null) {
                v = new String(buf, from, len, StandardCharsets.ISO_8859_1);
                // Interned, so that the engine's lookups and switches by segment id ("NM1") find the literal's
                // instance and compare by identity. Only syntactic ids: at most 36^3 distinct strings.
                if (syntacticId(buf, from, len)) {
                    v = v.intern();
                }
                idKeys[k] = key;
                idValues[k] = v;
                return v;
            }
        }
        return new String(buf, from, len, StandardCharsets.ISO_8859_1);
    }

    private static boolean syntacticId(byte[] b, int from, int len) {
        if (len < 2 || b[from] < 'A' || b[from] > 'Z') {
            return false;
        }
        for (int i = from + 1; i < from + len; i++) {
            if (!(b[i] >= 'A' && b[i] <= 'Z') && !(b[i] >= '0' && b[i] <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text of {@code buf[from, to)}. Short values (qualifiers, codes, amounts, dates: at most 8 bytes) come
     * from a small cache, because the same few values repeat on every claim and creating a String for each read
     * was a large part of the validation cost; longer values are always new Strings.
     */
    private String text(int from, int to) {
        int len = to - from;
        if (len <= 0) {
            return "";
        }
        if (len > 8) {
            return new String(buf, from, len, StandardCharsets.ISO_8859_1);
        }
        long key = 0;
        for (int i = from; i < to; i++) {
            key = key << 8 | (buf[i] & 0xFF);
        }
        int slot = (int) (((key + len) * 0x9E3779B97F4A7C15L) >>> (64 - VALUE_CACHE_BITS));
        // The length is kept beside the key (not read from the String) so that a hit touches only these arrays.
        if (valueKeys[slot] == key && valueLengths[slot] == len) {
            return values[slot];
        }
        String v = new String(buf, from, len, StandardCharsets.ISO_8859_1);
        valueKeys[slot] = key;
        valueLengths[slot] = (byte) len;
        values[slot] = v;
        return v;
    }

    // ---- buffer -----------------------------------------------------------------------------------------------

    /** Skips CR/LF, blanks, control characters and a UTF-8 byte order mark before a segment. */
    private boolean skipWhitespace() {
        while (true) {
            while (pos < limit) {
                byte b = buf[pos];
                if (b == segmentTerminator && inInterchange) {
                    // An empty segment (e.g. "~~"): skip it.
                    pos++;
                    continue;
                }
                if ((b >= 0 && b <= ' ') || b == 0x7F) {
                    pos++;
                    continue;
                }
                if (!started && b == (byte) 0xEF && ensure(3) && buf[pos + 1] == (byte) 0xBB
                        && buf[pos + 2] == (byte) 0xBF) {
                    pos += 3;
                    continue;
                }
                return true;
            }
            if (!fill(pos)) {
                return false;
            }
        }
    }

    /** Ensures at least {@code n} bytes from {@code pos}; false when input ends first. */
    private boolean ensure(int n) {
        while (limit - pos < n) {
            int before = pos;
            if (!fill(pos)) {
                return false;
            }
            if (pos == before && limit - pos >= n) {
                break;
            }
        }
        return true;
    }

    /**
     * Reads more bytes, keeping everything from {@code keepFrom}; indexes into the buffer are shifted. Returns
     * false at end of input (nothing read).
     */
    private boolean fill(int keepFrom) {
        if (eof) {
            return false;
        }
        int keep = limit - keepFrom;
        if (keepFrom > 0) {
            System.arraycopy(buf, keepFrom, buf, 0, keep);
            shift(keepFrom);
            bufferBase += keepFrom;
            limit = keep;
        }
        if (limit == buf.length) {
            int bigger = (int) Math.min((long) buf.length * 2, (long) maxSegmentLength + ISA_LENGTH + 1024);
            if (bigger <= buf.length) {
                bigger = buf.length + 1024;
            }
            byte[] grown = new byte[bigger];
            System.arraycopy(buf, 0, grown, 0, limit);
            buf = grown;
        }
        try {
            int n = in.read(buf, limit, buf.length - limit);
            while (n == 0) {
                n = in.read(buf, limit, buf.length - limit);
            }
            if (n < 0) {
                eof = true;
                return false;
            }
            limit += n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read X12 input", e);
        }
    }

    private void shift(int delta) {
        pos -= delta;
        if (segStart >= 0) {
            segStart -= delta;
            segEnd -= delta;
        }
        for (int k = 0; k < sepCount; k++) {
            seps[k] -= delta;
        }
    }

    // ---- accessors --------------------------------------------------------------------------------------------

    @Override
    public X12Event event() {
        return event;
    }

    @Override
    public String segmentId() {
        return segmentId;
    }

    /**
     * The current segment identifier packed into an int as by {@link #idKey(String)}, so that per-segment tables
     * can be looked up without hashing a String; 0 for identifiers longer than 3 characters and for the ISA.
     */
    public int segmentKey() {
        return segmentKey;
    }

    /** The key of a 1 to 3 character segment identifier, as {@link #segmentKey()}; 0 for other lengths. */
    public static int idKey(String id) {
        int len = id.length();
        if (len < 1 || len > 3) {
            return 0;
        }
        return len << 24 | (id.charAt(0) & 0xFF) << 16 | (len > 1 ? (id.charAt(1) & 0xFF) << 8 : 0)
                | (len > 2 ? id.charAt(2) & 0xFF : 0);
    }

    @Override
    public int elementCount() {
        return segStart < 0 ? 0 : sepCount;
    }

    // Byte access for the validation engine, which checks most elements without creating Strings. Indexes are
    // into buffer() and valid until the next call to next(); positions must be 1 to elementCount().

    /** The buffer holding the current segment. */
    public byte[] buffer() {
        return buf;
    }

    /** Index in {@link #buffer()} of the first byte of the element at {@code position}. */
    public int elementStart(int position) {
        return seps[position - 1] + 1;
    }

    /** Index in {@link #buffer()} just after the element at {@code position}. */
    public int elementEnd(int position) {
        return position < sepCount ? seps[position] : segEnd;
    }

    @Override
    public String element(int position) {
        if (segStart < 0 || position < 1 || position > sepCount) {
            return "";
        }
        return text(elementStart(position), elementEnd(position));
    }

    private final ByteView view = new ByteView();

    /** A reusable view over bytes of the buffer; valid until the next call to {@link #next()}. */
    private final class ByteView implements CharSequence {
        private int offset;
        private int length;

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return (char) (buf[offset + index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new String(buf, offset + from, to - from, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return new String(buf, offset, length, StandardCharsets.ISO_8859_1);
        }
    }

    @Override
    public CharSequence elementView(int position) {
        if (isEmpty(position)) {
            view.offset = 0;
            view.length = 0;
        } else {
            view.offset = elementStart(position);
            view.length = elementEnd(position) - view.offset;
        }
        return view;
    }

    @Override
    public boolean isEmpty(int position) {
        return segStart < 0 || position < 1 || position > sepCount || elementStart(position) >= elementEnd(position);
    }

    @Override
    public int componentCount(int position) {
        if (isEmpty(position)) {
            return 0;
        }
        int n = 1;
        for (int i = elementStart(position), e = elementEnd(position); i < e; i++) {
            if (buf[i] == componentSeparator) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String component(int position, int component) {
        if (isEmpty(position) || component < 1) {
            return "";
        }
        int s = elementStart(position);
        int e = elementEnd(position);
        int n = 1;
        int from = s;
        for (int i = s; i <= e; i++) {
            if (i == e || buf[i] == componentSeparator) {
                if (n == component) {
                    return text(from, i);
                }
                n++;
                from = i + 1;
            }
        }
        return "";
    }

    /**
     * The element at {@code position} when it is a whole number written as {@code String.valueOf} would write it
     * (digits without sign or leading zeros, at most 9), else -1; without creating a String.
     */
    public int elementNumber(int position) {
        if (isEmpty(position)) {
            return -1;
        }
        int from = elementStart(position);
        int to = elementEnd(position);
        if (to - from > 9 || (buf[from] == '0' && to - from > 1)) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Whether the element at {@code position} is exactly {@code value} (ASCII), without creating a String. */
    public boolean elementIs(int position, String value) {
        if (segStart < 0 || position < 1 || position > sepCount) {
            return value.isEmpty();
        }
        int from = elementStart(position);
        int length = elementEnd(position) - from;
        if (length != value.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if ((buf[from + i] & 0xFF) != value.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The bounds of the components of the element at {@code position}, in one pass: component {@code k} (1-based)
     * is {@code buffer()[into[2k - 2], into[2k - 1])} while it fits. Returns the number of components, as
     * {@link #componentCount(int)}.
     */
    public int componentBounds(int position, int[] into) {
        if (isEmpty(position)) {
            return 0;
        }
        int e = elementEnd(position);
        int n = 0;
        int from = elementStart(position);
        for (int i = from; i <= e; i++) {
            if (i == e || buf[i] == componentSeparator) {
                if (2 * n + 1 < into.length) {
                    into[2 * n] = from;
                    into[2 * n + 1] = i;
                }
                n++;
                from = i + 1;
            }
        }
        return n;
    }

    /**
     * Splits the element at {@code position} into its components in one pass: component {@code k} (1-based) goes
     * to {@code into[k - 1]} while it fits. Returns the number of components, as {@link #componentCount(int)};
     * when it exceeds {@code into.length} the rest are not stored.
     */
    public int components(int position, String[] into) {
        if (isEmpty(position)) {
            return 0;
        }
        int e = elementEnd(position);
        int n = 0;
        int from = elementStart(position);
        for (int i = from; i <= e; i++) {
            if (i == e || buf[i] == componentSeparator) {
                if (n < into.length) {
                    into[n] = text(from, i);
                }
                n++;
                from = i + 1;
            }
        }
        return n;
    }

    @Override
    public long segmentPosition() {
        return segmentPosition;
    }

    @Override
    public int transactionSegmentPosition() {
        return transactionPosition;
    }

    @Override
    public long byteOffset() {
        return segmentOffset;
    }

    @Override
    public Delimiters delimiters() {
        return delimiters;
    }

    @Override
    public Problem problem() {
        return problem;
    }

    @Override
    public boolean isX12() {
        return x12;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
