package dev.hostednet.jmx;

import java.util.ArrayList;
import java.util.List;

/**
 * Outcomes the agent decided without calling Windows (a rate limit, a native call never started, no backend),
 * coalesced per operation, reason and caller: a burst of them is one History entry, "24 refreshSecuritySettings
 * refused by the agent (rate-limit), jolokia/anonymous, between t1 and t2". The trap they avoid: each refusal an
 * entry of its own, 25 anonymous calls push an administrator's rotation out of a 20-entry History.
 *
 * @param first the first refusal of the run
 * @param last the latest
 * @param count how many
 */
record Refusals(OutcomeData first, OutcomeData last, long count) {

    /** Distinct runs kept at once (beside the outcomes that reached Windows, which they never evict). */
    static final int KEPT = 4;

    /** @return the History entry: the latest refusal, its message summing up the run */
    OutcomeData entry() {
        if (count == 1) {
            return last;
        }
        return last.withMessage(count + " " + last.getOperation() + " refused by the agent (" + last.getRefusal()
            + "), " + last.getDoor() + "/" + last.getCaller() + ", between " + first.getTime() + " and "
            + last.getTime() + ". The latest: " + last.getMessage());
    }

    private boolean sameRun(OutcomeData o) {
        return o.getOperation().equals(last.getOperation()) && o.getRefusal().equals(last.getRefusal())
            && o.getCaller().equals(last.getCaller()) && o.getDoor().equals(last.getDoor());
    }

    /**
     * @param runs the runs kept so far, oldest first
     * @param o a new refusal
     * @return the runs with it counted: its run moved last, or a new run, the oldest run dropped beyond {@link #KEPT}
     */
    static List<Refusals> add(List<Refusals> runs, OutcomeData o) {
        List<Refusals> next = new ArrayList<>(runs.size() + 1);
        Refusals mine = new Refusals(o, o, 1);
        for (Refusals r : runs) {
            if (r.sameRun(o)) {
                mine = new Refusals(r.first, o, r.count + 1);
            } else {
                next.add(r);
            }
        }
        next.add(mine);
        return List.copyOf(next.size() > KEPT ? next.subList(next.size() - KEPT, next.size()) : next);
    }
}
