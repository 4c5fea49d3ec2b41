# bench: quick=30 full=3000
"""Deepcopy: copy.deepcopy of nested, shared and cyclic object graphs.

The graph mixes dicts, lists, tuples, sets of ints, strings, floats, and
instances of plain classes (one with __slots__ and one with __deepcopy__),
with shared sub-objects and a reference cycle. sys.argv[1] is the number of
copies made. Each copy is checked (shared objects stay shared, the cycle is
kept, nothing aliases the original) and folded into a checksum.
"""
import copy
import sys


class Account:
    def __init__(self, owner, balance, tags):
        self.owner = owner
        self.balance = balance
        self.tags = tags
        self.parent = None


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Config:
    """Immutable settings: deep copies share it instead of copying."""

    def __init__(self, name):
        self.name = name

    def __deepcopy__(self, memo):
        return self


def make_graph():
    config = Config("prod")
    shared_tags = ["vip", "eu", ("x", 1)]
    accounts = [Account("user%d" % i, i * 10.5, shared_tags if i % 2 else ["std"])
                for i in range(12)]
    root = {"accounts": accounts, "config": config, "ids": {i * 7 for i in range(20)}}
    for a in accounts:
        a.parent = root
    root["path"] = [Point(i, -i) for i in range(15)]
    root["matrix"] = [[float(i * j) for j in range(6)] for i in range(6)]
    root["index"] = {a.owner: a for a in accounts}
    root["meta"] = ("v1", (1, 2, (3, 4)), frozenset((1, 2, 3)), None, True)
    return root


def check(original, clone):
    if clone is original or clone["config"] is not original["config"]:
        raise RuntimeError("wrong identity of copied roots")
    accounts = clone["accounts"]
    if accounts[1].tags is not accounts[3].tags or accounts[1].tags is original["accounts"][1].tags:
        raise RuntimeError("shared list not preserved")
    if any(a.parent is not clone for a in accounts):
        raise RuntimeError("cycle not preserved")
    if clone["index"]["user5"] is not accounts[5]:
        raise RuntimeError("dict values not shared with list")


def fold(clone):
    total = 0
    for a in clone["accounts"]:
        total += int(a.balance * 2) + len(a.owner) + len(a.tags)
    for p in clone["path"]:
        total += p.x * 3 - p.y
    for row in clone["matrix"]:
        for v in row:
            total += int(v)
    total += sum(clone["ids"]) + len(clone["meta"])
    return total


def main():
    copies = int(sys.argv[1])
    graph = make_graph()
    checksum = 0
    for i in range(copies):
        clone = copy.deepcopy(graph)
        check(graph, clone)
        clone["accounts"][i % 12].balance += i
        checksum += fold(clone)
    print("checksum %d" % checksum)
    print("original balance %.1f" % graph["accounts"][0].balance)


main()
