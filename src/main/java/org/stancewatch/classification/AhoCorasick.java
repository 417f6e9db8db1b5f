package org.stancewatch.classification;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Char-based Aho-Corasick automaton, immutable after construction.
 *
 * <p>Chars are first mapped to a compact alphabet ({@code classOf}: class 0 = char occurring in no pattern, which
 * always resets the automaton to the root). The root has a dense transition row; other states keep their edges in
 * one flat array sorted by class (searched linearly for short rows, binary otherwise). Failure links and dictionary
 * ("output") links are precomputed, so matching is a single left-to-right pass with amortised O(1) work per char.
 */
final class AhoCorasick {

    /** Receives matches; {@code end} is exclusive. */
    interface Sink {
        void match(int patternId, int end);
    }

    private final char[] classOf;       // char -> alphabet class (0 = not in any pattern)
    private final int[] rootNext;        // dense row for the root, by class; 0 = stay at root
    private final int[] edgeStart;       // per state: first edge index; edges of s are [edgeStart[s], edgeStart[s+1])
    private final char[] edgeClass;
    private final int[] edgeTarget;
    private final int[] fail;
    private final int[] output;          // pattern id ending exactly at this state, or -1
    private final int[] dictLink;        // nearest state on the fail chain with output >= 0, or -1
    private final int[] patternLength;

    AhoCorasick(List<String> patterns) {
        // alphabet
        char[] cls = new char[65536];
        int nClasses = 1;
        for (String p : patterns) {
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (cls[c] == 0) {
                    cls[c] = (char) nClasses++;
                }
            }
        }
        if (nClasses > 65535) {
            throw new IllegalArgumentException("alphabet too large");
        }
        this.classOf = cls;
        // trie with temporary per-state maps (build time only)
        List<List<int[]>> children = new ArrayList<>();
        children.add(new ArrayList<>());
        List<Integer> out = new ArrayList<>();
        out.add(-1);
        patternLength = new int[patterns.size()];
        for (int pid = 0; pid < patterns.size(); pid++) {
            String p = patterns.get(pid);
            if (p.isEmpty()) {
                throw new IllegalArgumentException("empty pattern #" + pid);
            }
            patternLength[pid] = p.length();
            int s = 0;
            for (int i = 0; i < p.length(); i++) {
                int c = cls[p.charAt(i)];
                int t = -1;
                for (int[] e : children.get(s)) {
                    if (e[0] == c) {
                        t = e[1];
                        break;
                    }
                }
                if (t < 0) {
                    t = children.size();
                    children.add(new ArrayList<>());
                    out.add(-1);
                    children.get(s).add(new int[] {c, t});
                }
                s = t;
            }
            if (out.get(s) >= 0) {
                throw new IllegalArgumentException("duplicate pattern: '" + p + "'");
            }
            out.set(s, pid);
        }
        int nStates = children.size();
        edgeStart = new int[nStates + 1];
        int nEdges = 0;
        for (int s = 0; s < nStates; s++) {
            edgeStart[s] = nEdges;
            nEdges += children.get(s).size();
        }
        edgeStart[nStates] = nEdges;
        edgeClass = new char[nEdges];
        edgeTarget = new int[nEdges];
        for (int s = 0; s < nStates; s++) {
            List<int[]> es = children.get(s);
            es.sort((a, b) -> Integer.compare(a[0], b[0]));
            int k = edgeStart[s];
            for (int[] e : es) {
                edgeClass[k] = (char) e[0];
                edgeTarget[k] = e[1];
                k++;
            }
        }
        rootNext = new int[nClasses];
        for (int[] e : children.get(0)) {
            rootNext[e[0]] = e[1];
        }
        output = new int[nStates];
        for (int s = 0; s < nStates; s++) {
            output[s] = out.get(s);
        }
        // BFS for failure links
        fail = new int[nStates];
        dictLink = new int[nStates];
        Arrays.fill(dictLink, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int[] e : children.get(0)) {
            fail[e[1]] = 0;
            queue.add(e[1]);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int k = edgeStart[s]; k < edgeStart[s + 1]; k++) {
                int c = edgeClass[k];
                int t = edgeTarget[k];
                int f = fail[s];
                int next;
                while (true) {
                    next = step(f, c);
                    if (next >= 0 || f == 0) {
                        break;
                    }
                    f = fail[f];
                }
                fail[t] = next < 0 || next == t ? 0 : next;
                int ft = fail[t];
                dictLink[t] = output[ft] >= 0 ? ft : dictLink[ft];
                queue.add(t);
            }
        }
    }

    /** Transition without failure: target state or -1. For the root, a missing edge returns 0. */
    private int step(int s, int c) {
        if (s == 0) {
            return rootNext[c];
        }
        int lo = edgeStart[s];
        int hi = edgeStart[s + 1];
        if (hi - lo <= 8) {
            for (int k = lo; k < hi; k++) {
                int ec = edgeClass[k];
                if (ec == c) {
                    return edgeTarget[k];
                }
                if (ec > c) {
                    return -1;
                }
            }
            return -1;
        }
        hi--;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int ec = edgeClass[mid];
            if (ec < c) {
                lo = mid + 1;
            } else if (ec > c) {
                hi = mid - 1;
            } else {
                return edgeTarget[mid];
            }
        }
        return -1;
    }

    int patternLength(int pid) {
        return patternLength[pid];
    }

    int stateCount() {
        return output.length;
    }

    /** Scans text[0, len) once, reporting every occurrence of every pattern (longest first at each end). */
    void scan(char[] text, int len, Sink sink) {
        final char[] cls = classOf;
        final int[] root = rootNext;
        final int[] out = output;
        final int[] dict = dictLink;
        int s = 0;
        for (int i = 0; i < len; i++) {
            int c = cls[text[i]];
            if (c == 0) {
                s = 0;
                continue;
            }
            while (true) {
                if (s == 0) {
                    s = root[c];
                    break;
                }
                int t = step(s, c);
                if (t >= 0) {
                    s = t;
                    break;
                }
                s = fail[s];
            }
            if (s != 0) {
                int o = out[s] >= 0 ? s : dict[s];
                while (o >= 0) {
                    sink.match(out[o], i + 1);
                    o = dict[o];
                }
            }
        }
    }
}
