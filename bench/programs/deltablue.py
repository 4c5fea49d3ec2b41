# bench: quick=3 full=150
"""DeltaBlue: an incremental dataflow constraint solver.

Constraints carry strengths (REQUIRED is strongest); the planner keeps a
solution that satisfies the strongest constraints, adding and removing
constraints incrementally, and extracts straight-line plans that it then
executes. Each round runs a chain test (a long chain of equalities driven by
an edit at one end) and a projection test (scale-and-offset constraints whose
parameters are edited). sys.argv[1] is the number of rounds. Prints a
checksum of the values the plans computed.
"""
import sys

REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)
NONE, FORWARD, BACKWARD = range(3)
CHAIN_LENGTH = 100


def stronger(a, b):
    return a < b


def weakest_of(a, b):
    return a if a > b else b


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def add(self, planner):
        self.add_to_graph()
        planner.incremental_add(self)

    def destroy(self, planner):
        if self.is_satisfied():
            planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def satisfy(self, mark, planner):
        """Try to satisfy self; return the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, var, strength, planner):
        Constraint.__init__(self, strength)
        self.var = var
        self.satisfied = False
        self.add(planner)

    def add_to_graph(self):
        self.var.constraints.append(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.constraints.remove(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = (self.var.mark != mark
                          and stronger(self.strength, self.var.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_unsatisfied(self):
        self.satisfied = False

    def mark_inputs(self, mark):
        pass

    def inputs_known(self, mark):
        return True

    def output(self):
        return self.var

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = not self.is_input()

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keeps a variable's value unless something stronger changes it."""


class EditConstraint(UnaryConstraint):
    """Marks a variable as set from outside the constraint system."""

    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    def __init__(self, source, dest, strength, planner):
        Constraint.__init__(self, strength)
        self.source = source
        self.dest = dest
        self.direction = NONE
        self.add(planner)

    def variables(self):
        return (self.source, self.dest)

    def add_to_graph(self):
        for v in self.variables():
            v.constraints.append(self)
        self.direction = NONE

    def remove_from_graph(self):
        for v in self.variables():
            v.constraints.remove(self)
        self.direction = NONE

    def choose_method(self, mark):
        src, dst = self.source, self.dest
        if src.mark == mark:
            ok = dst.mark != mark and stronger(self.strength, dst.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif dst.mark == mark:
            ok = stronger(self.strength, src.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif stronger(src.walk_strength, dst.walk_strength):
            ok = stronger(self.strength, dst.walk_strength)
            self.direction = FORWARD if ok else NONE
        else:
            ok = stronger(self.strength, src.walk_strength)
            self.direction = BACKWARD if ok else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_unsatisfied(self):
        self.direction = NONE

    def input(self):
        return self.source if self.direction == FORWARD else self.dest

    def output(self):
        return self.dest if self.direction == FORWARD else self.source

    def mark_inputs(self, mark):
        self.input().mark = mark

    def inputs_known(self, mark):
        v = self.input()
        return v.mark == mark or v.stay or v.determined_by is None

    def recalculate(self):
        v = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, v.walk_strength)
        out.stay = v.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """dest = source * scale + offset, in whichever direction is chosen."""

    def __init__(self, source, scale, offset, dest, strength, planner):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, source, dest, strength, planner)

    def variables(self):
        return (self.source, self.dest, self.scale, self.offset)

    def mark_inputs(self, mark):
        self.input().mark = mark
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.dest.value = self.source.value * self.scale.value + self.offset.value
        else:
            self.source.value = (self.dest.value - self.offset.value) // self.scale.value

    def recalculate(self):
        v = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, v.walk_strength)
        out.stay = v.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark, self)
        while overridden is not None:
            overridden = overridden.satisfy(mark, self)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in range(REQUIRED, WEAKEST + 1):
            for u in unsatisfied:
                if u.strength == strength:
                    self.incremental_add(u)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_consumers(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_consumers(self, v, todo):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                todo.append(c)

    def extract_plan(self, constraints):
        sources = [c for c in constraints if c.is_input() and c.is_satisfied()]
        mark = self.new_mark()
        plan = []
        todo = sources
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.add_consumers(out, todo)
        return plan


def run_plan(plan):
    for c in plan:
        c.execute()


def chain_test(n):
    """Edit the head of an n-long equality chain; the tail must follow."""
    planner = Planner()
    chain = [Variable("v%d" % i) for i in range(n + 1)]
    for a, b in zip(chain, chain[1:]):
        EqualityConstraint(a, b, REQUIRED, planner)
    StayConstraint(chain[-1], STRONG_DEFAULT, planner)
    edit = EditConstraint(chain[0], PREFERRED, planner)
    plan = planner.extract_plan([edit])
    total = 0
    for i in range(100):
        chain[0].value = i
        run_plan(plan)
        if chain[-1].value != i:
            raise RuntimeError("chain test failed")
        total += chain[-1].value
    edit.destroy(planner)
    return total


def change(planner, var, value):
    edit = EditConstraint(var, PREFERRED, planner)
    plan = planner.extract_plan([edit])
    for _ in range(10):
        var.value = value
        run_plan(plan)
    edit.destroy(planner)


def projection_test(n):
    """Scale n sources into n destinations, then edit the parameters."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources = []
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        sources.append(src)
        dests.append(dst)
        StayConstraint(src, NORMAL, planner)
        ScaleConstraint(src, scale, offset, dst, REQUIRED, planner)
    change(planner, sources[0], 17)
    if dests[0].value != 1170:
        raise RuntimeError("projection test 1 failed")
    change(planner, dests[0], 1050)
    if sources[0].value != 5:
        raise RuntimeError("projection test 2 failed")
    change(planner, scale, 5)
    for i in range(1, n):
        if dests[i].value != i * 5 + 1000:
            raise RuntimeError("projection test 3 failed")
    change(planner, offset, 2000)
    for i in range(1, n):
        if dests[i].value != i * 5 + 2000:
            raise RuntimeError("projection test 4 failed")
    return sum(d.value for d in dests) + sum(s.value for s in sources)


def main():
    rounds = int(sys.argv[1])
    checksum = 0
    for r in range(rounds):
        checksum += chain_test(CHAIN_LENGTH + r % 7)
        checksum += projection_test(CHAIN_LENGTH + r % 5)
    print("checksum %d" % checksum)


main()
