# textwrap: wrap/fill with every option, shorten, dedent, indent.
import textwrap

text = ("The well-known quick brown fox jumps over the lazy dog. It was a "
        "dark and stormy night--or so they said. Hyphenated-words, "
        "e-mail, and super-cali-fragilistic-expialidocious words get split; "
        "so do VeryLongWordsWithoutAnyHyphensThatDoNotFitOnALine.\tTabs\there.")

for width in (1, 5, 10, 12, 20, 33, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 25, break_long_words=False))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 25, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("a\tb\tc", 40, tabsize=4), textwrap.wrap("a\tb", 40, expand_tabs=False))
print(textwrap.wrap("Hello there. How are you? Fine! ok.", 40, fix_sentence_endings=True))
for n in (1, 2, 3):
    print(textwrap.wrap(text, 30, max_lines=n))
print(textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.wrap("   leading and trailing   ", 10), textwrap.wrap(""), textwrap.wrap("   "))
print(textwrap.wrap("--foo--bar -- baz---qux", 6), textwrap.wrap("a-b-c-d-e-f-g", 4))
print(textwrap.wrap("1-2-3 x1-y2 abc-def", 5), textwrap.wrap("---------------", 5))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten(text, 40), textwrap.shorten(text, 40, placeholder=" (more)"))
for bad in [lambda: textwrap.wrap("x", 0), lambda: textwrap.wrap("x y", 3, max_lines=1, placeholder="[long]")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
w = textwrap.TextWrapper(width=15, subsequent_indent="> ")
print(w.wrap(text[:80]), w.fill("short"))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")))
print(repr(textwrap.dedent("  \tx\n  \ty\n")), repr(textwrap.dedent("\tx\n  y\n")))
print(repr(textwrap.dedent("   \n  a\n    \n  b")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb", "+", lambda line: True)))
print(textwrap.wrap("naïve café résumé über", 8), textwrap.wrap("日本語 テキスト", 4))
