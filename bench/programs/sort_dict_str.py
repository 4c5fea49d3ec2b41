# bench: quick=2000 full=60000
"""Sort/dict/str: a record-crunching workload of sorting, dicts and strings.

Generates sys.argv[1] people records (seeded random names built from
syllables, cities, ages, scores), then: formats each as a CSV-like line and
parses it back with split and strip, normalizes names with string methods,
groups records by city in a dict of lists and by initial with
collections.defaultdict, sorts with multi-field keys (including a stable
descending sort and operator.itemgetter), counts words with
collections.Counter, and builds a report with str.join and f-strings.
Prints the report.
"""
import collections
import operator
import random
import sys

SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "to", "vel", "an", "dor", "el",
             "fi", "gun", "ha", "is", "jo", "ul")
CITIES = ("Oslo", "Lima", "Kyoto", "Accra", "Perth", "Quito", "Turin", "Bergen")


def make_name(rng):
    parts = [rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))]
    return "".join(parts).capitalize()


def make_lines(n, rng):
    lines = []
    for i in range(n):
        first = make_name(rng)
        last = make_name(rng)
        city = rng.choice(CITIES)
        age = rng.randint(18, 90)
        score = rng.randint(0, 10000)
        lines.append(f"  {first} , {last.upper()},{city.lower()} ,{age}, {score}  ")
    return lines


def parse(line):
    first, last, city, age, score = [field.strip() for field in line.split(",")]
    return {
        "first": first,
        "last": last.title(),
        "city": city.capitalize(),
        "age": int(age),
        "score": int(score),
    }


def main():
    n = int(sys.argv[1])
    rng = random.Random(99)
    people = [parse(line) for line in make_lines(n, rng)]

    by_city = {}
    for p in people:
        by_city.setdefault(p["city"], []).append(p)
    by_initial = collections.defaultdict(int)
    for p in people:
        by_initial[p["last"][0]] += 1

    ranked = sorted(people, key=lambda p: (-p["score"], p["last"], p["first"], p["age"]))
    by_age = sorted(people, key=operator.itemgetter("age", "last"))
    by_age.sort(key=lambda p: p["city"], reverse=True)
    syllables = collections.Counter()
    for p in people:
        name = p["first"].lower()
        for s in SYLLABLES:
            if s in name:
                syllables[s] += name.count(s)

    report = []
    for city in sorted(by_city):
        members = by_city[city]
        members.sort(key=lambda p: (p["last"], p["first"]))
        mean_age = sum(p["age"] for p in members) / len(members)
        best = max(members, key=lambda p: (p["score"], p["last"], p["first"]))
        report.append(f"{city:<8}|{len(members):>6}|{mean_age:8.3f}|{best['first']} {best['last']}")
    print("\n".join(report))
    print("top:", "; ".join(f"{p['first']} {p['last']}={p['score']}" for p in ranked[:3]))
    print("city descending, youngest first:", ", ".join(f"{p['city']}:{p['last']}" for p in by_age[:3]))
    print("initials:", "".join(f"{k}{v}" for k, v in sorted(by_initial.items())))
    print("syllables:", " ".join(f"{s}={c}" for s, c in sorted(syllables.items(), key=lambda kv: (-kv[1], kv[0]))[:6]))


main()
