package dev.bytecodedsl.cases.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small line-based unified diff (Myers' O((N+M)D) algorithm after trimming the common prefix and
 * suffix), used to show why a generated file is stale. Lines keep their terminator, so a missing
 * final newline or a {@code \r\n} ending counts as a difference and is shown.
 */
public final class LineDiff {

    public static final int DEFAULT_MAX_LINES = 20;
    static final int CONTEXT = 3;
    /** Beyond this many edits the middle is shown as one replaced block (bounds time and memory). */
    private static final int MAX_EDIT_DISTANCE = 2000;

    private enum Tag { EQUAL, DELETE, INSERT }

    /** One line of the edit script; {@code oldLine}/{@code newLine} are 0-based positions before it. */
    private record Op(Tag tag, int oldLine, int newLine, String text) {}

    private LineDiff() {}

    /**
     * Returns a unified diff of {@code oldText} → {@code newText} with {@code ---}/{@code +++}
     * headers, hunks with 3 lines of context, cut after {@code maxLines} hunk lines; "" when equal.
     */
    public static String unified(String oldName, String newName, String oldText, String newText, int maxLines) {
        List<String> a = splitLines(oldText);
        List<String> b = splitLines(newText);
        List<Op> ops = diff(a, b);
        List<String> body = new ArrayList<>();
        for (int[] hunk : hunks(ops)) {
            render(ops, hunk[0], hunk[1], body);
        }
        if (body.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(oldName).append('\n');
        out.append("+++ ").append(newName).append('\n');
        for (int i = 0; i < Math.min(maxLines, body.size()); i++) {
            out.append(body.get(i)).append('\n');
        }
        if (body.size() > maxLines) {
            out.append("... (").append(body.size() - maxLines).append(" more diff lines)\n");
        }
        return out.toString();
    }

    /** Splits after each {@code \n}; the last line may lack it. "" has no lines. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }

    private static List<Op> diff(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);

        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            ops.add(new Op(Tag.EQUAL, i, i, a.get(i)));
        }
        for (Op op : myers(midA, midB)) {
            ops.add(new Op(op.tag(), op.oldLine() + prefix, op.newLine() + prefix, op.text()));
        }
        for (int i = 0; i < suffix; i++) {
            int oldLine = a.size() - suffix + i;
            ops.add(new Op(Tag.EQUAL, oldLine, b.size() - suffix + i, a.get(oldLine)));
        }
        return ops;
    }

    /** Myers' greedy shortest edit script, keeping the frontier of each round for backtracking. */
    private static List<Op> myers(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int limit = Math.min(max, MAX_EDIT_DISTANCE);
        for (int d = 0; d <= limit; d++) {
            // v[k] for k in [-d-1, d+1] (index k + d + 1) as it was before round d
            trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return backtrack(a, b, trace, n, m);
                }
            }
        }
        // Too different to be worth aligning: everything old goes, everything new comes.
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ops.add(new Op(Tag.DELETE, i, 0, a.get(i)));
        }
        for (int j = 0; j < m; j++) {
            ops.add(new Op(Tag.INSERT, n, j, b.get(j)));
        }
        return ops;
    }

    private static List<Op> backtrack(List<String> a, List<String> b, List<int[]> trace, int n, int m) {
        List<Op> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d >= 0; d--) {
            int[] v = trace.get(d);
            int base = d + 1;
            int k = x - y;
            int prevK = (k == -d || (k != d && v[base + k - 1] < v[base + k + 1])) ? k + 1 : k - 1;
            int prevX = v[base + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
                reversed.add(new Op(Tag.EQUAL, x, y, a.get(x)));
            }
            if (d > 0) {
                if (x == prevX) {
                    reversed.add(new Op(Tag.INSERT, prevX, prevY, b.get(prevY)));
                } else {
                    reversed.add(new Op(Tag.DELETE, prevX, prevY, a.get(prevX)));
                }
            }
            x = prevX;
            y = prevY;
        }
        return reversed.reversed();
    }

    /** [from, to) ranges of ops, each a hunk: changes plus context, merged when contexts touch. */
    private static List<int[]> hunks(List<Op> ops) {
        List<int[]> hunks = new ArrayList<>();
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).tag() == Tag.EQUAL) {
                i++;
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int lastChange = i;
            int j = i + 1;
            while (j < ops.size()) {
                if (ops.get(j).tag() != Tag.EQUAL) {
                    lastChange = j;
                } else if (j - lastChange > 2 * CONTEXT) {
                    break;
                }
                j++;
            }
            int to = Math.min(ops.size(), lastChange + CONTEXT + 1);
            hunks.add(new int[] {from, to});
            i = to;
        }
        return hunks;
    }

    private static void render(List<Op> ops, int from, int to, List<String> out) {
        int oldCount = 0;
        int newCount = 0;
        for (int i = from; i < to; i++) {
            Tag tag = ops.get(i).tag();
            oldCount += tag != Tag.INSERT ? 1 : 0;
            newCount += tag != Tag.DELETE ? 1 : 0;
        }
        Op first = ops.get(from);
        out.add("@@ -" + range(first.oldLine(), oldCount) + " +" + range(first.newLine(), newCount) + " @@");
        for (int i = from; i < to; i++) {
            Op op = ops.get(i);
            char mark = switch (op.tag()) {
                case EQUAL -> ' ';
                case DELETE -> '-';
                case INSERT -> '+';
            };
            String text = op.text();
            boolean terminated = text.endsWith("\n");
            if (terminated) {
                text = text.substring(0, text.length() - 1);
            }
            out.add(mark + text.replace("\r", "^M"));
            if (!terminated) {
                out.add("\\ No newline at end of file");
            }
        }
    }

    /** Unified-diff range: 1-based start, or the line before when the range is empty. */
    private static String range(int start0, int count) {
        int start = count == 0 ? start0 : start0 + 1;
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }
}
