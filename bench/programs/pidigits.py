# bench: quick=300 full=6000
"""Pidigits: digits of pi from an unbounded spigot on big integers.

sys.argv[1] is the number of digits. Prints them ten to a line, each line
followed by a tab, a colon and the count of digits so far (the last line is
padded with spaces).
"""
import sys


def pi_digits():
    """Yield the decimal digits of pi, one by one, forever."""
    numerator, accumulator, denominator = 1, 0, 1
    k = 0
    while True:
        k += 1
        odd = 2 * k + 1
        accumulator = (accumulator + 2 * numerator) * odd
        denominator *= odd
        numerator *= k
        if numerator > accumulator:
            continue
        digit, rest = divmod(3 * numerator + accumulator, denominator)
        if rest + numerator >= denominator:
            continue
        yield digit
        accumulator = 10 * (accumulator - denominator * digit)
        numerator *= 10


def main():
    count = int(sys.argv[1])
    line = []
    printed = 0
    for digit in pi_digits():
        line.append(str(digit))
        printed += 1
        if len(line) == 10 or printed == count:
            print("%-10s\t:%d" % ("".join(line), printed))
            line = []
        if printed == count:
            break


main()
