# Spans over several lines are marked to the end of their first line.
def compute(a,
            b):
    return (a
            + b)

total = compute(
    1,
    None)
