# difflib: SequenceMatcher blocks, opcodes and ratios (junk, autojunk),
# get_close_matches, unified/context diffs, ndiff with intraline hints,
# restore.
import difflib

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

pairs = [("abxcd", "abcd"), ("private Thread currentThread;", "private volatile Thread currentThread;"),
         ("qabxcd", "abycdf"), ("", ""), ("abc", ""), ("", "xyz"), ("abcd", "dcba"), ("a" * 50 + "b", "b" + "a" * 50),
         (list(range(10)), [0, 1, 5, 6, 11, 8, 9])]
for a, b in pairs:
    s = difflib.SequenceMatcher(None, a, b)
    print(s.get_matching_blocks(), s.get_opcodes(), round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(s.get_matching_blocks(), round(s.ratio(), 3), s.find_longest_match(0, 10, 0, 20), s.find_longest_match())
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
big_a = "x" * 300 + "abc" + "y" * 10
big_b = "y" * 5 + "x" * 250 + "abc"
print(difflib.SequenceMatcher(None, big_a, big_b).get_opcodes(), difflib.SequenceMatcher(None, big_a, big_b, autojunk=False).get_opcodes())
print(sorted(difflib.SequenceMatcher(None, "a", big_b).bpopular), list(difflib.SequenceMatcher(None, "abc", "abcabc").get_grouped_opcodes(1)))

words = ["ape", "apple", "peach", "puppy", "applet", "apply", "maple"]
print(difflib.get_close_matches("appel", words), difflib.get_close_matches("appel", words, n=1), difflib.get_close_matches("wheel", words),
      difflib.get_close_matches("pple", words, cutoff=0.3, n=10))
show(lambda: difflib.get_close_matches("x", words, n=0))
show(lambda: difflib.get_close_matches("x", words, cutoff=2))

a = """one
two
three
four
five
six
seven
eight
nine
ten
""".splitlines(keepends=True)
b = """one
2
three
four
five
six
seven
eight plus
nine
ten
eleven
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt", "2020-01-01", "2020-01-02")))
print("".join(difflib.unified_diff(a, b, n=1)))
print("".join(difflib.unified_diff(["x"], ["y"], lineterm="")))
print(list(difflib.unified_diff(a, a)))
print("".join(difflib.context_diff(a, b, "a.txt", "b.txt")))
print("".join(difflib.context_diff(a[:3], a[:2], n=0)))
show(lambda: list(difflib.unified_diff([b"x"], [b"y"])))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"x\n"], [b"y\n"], b"a", b"b")))

t1 = ["one\n", "two\n", "three\n", "  tab\n", "private Thread currentThread;\n"]
t2 = ["ore\n", "tree\n", "emu\n", "\ttab\n", "private volatile Thread currentThread;\n"]
delta = list(difflib.ndiff(t1, t2))
print("".join(delta), end="")
print("".join(difflib.restore(delta, 1)) == "".join(t1), "".join(difflib.restore(delta, 2)) == "".join(t2))
show(lambda: list(difflib.restore(delta, 3)))
print(list(difflib.Differ().compare(["a\n", "b\n"], ["a\n", "c\n", "b\n"])))
print(list(difflib.ndiff(["abcdefghij\n"], ["abcdefGhij\n", "xyz\n"])))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("hello\n"), difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"))
print(difflib.Match(1, 2, 3), difflib.SequenceMatcher[str])
