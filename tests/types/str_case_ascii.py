# ASCII case mapping of every mix of letters, non-letters and word breaks.
import itertools
chars = "aZ@[`{ 1_-'é"
for w in ["", "hello world", "HELLO wORLD", "o'neil mc-donald", "a1b2 c3", "@abc [def] `ghi {jkl", "123abc", " x", "ǅungla éTé"] + ["".join(p) for p in itertools.product("aZ@{ '", repeat=3)]:
    print(repr(w), w.lower(), w.upper(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
