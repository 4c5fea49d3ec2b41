# shlex and getopt: splitting, quoting, the tokenizer's modes, option parsing
# and its errors.
import shlex, getopt
for s in ['a b  c', 'a "b c" d', "a 'b \" c' d", r'a\ b c', 'a "b \\" c" d', 'x=1 y="2 3" # comment', 'echo $HOME;ls|wc', "''", 'a"b"c', r'"a\\b\$c"', "foo#bar"]:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False))
for bad in ['a "b', "a 'b", 'a\\']:
    try: shlex.split(bad)
    except ValueError as e: print("ValueError:", e)
print(shlex.quote(""), shlex.quote("abc"), shlex.quote("a b"), shlex.quote("it's"), shlex.join(["ls", "-l", "my file", "$x"]))
lex = shlex.shlex("a && b || (c; d) > f.txt", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("foo = bar; 'x y' baz")
print(list(lex))
lex = shlex.shlex('one two "three four"', posix=True)
print(lex.get_token(), lex.get_token(), lex.lineno); lex.push_token("pushed"); print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("a\nb\n c", posix=True); print(list(lex), lex.lineno, lex.error_leader())
print(getopt.getopt(["-a", "-b", "val", "--long", "--opt=x", "file", "-c"], "ab:c", ["long", "opt="]))
print(getopt.getopt(["-abval", "--", "-x"], "ab:"))
print(getopt.gnu_getopt(["file", "-a", "--lo", "x", "more"], "a", ["long="]))
print(getopt.gnu_getopt(["file", "-a"], "+a"))
for args, so, lo in [(["-x"], "a", []), (["-b"], "b:", []), (["--foo"], "", ["bar"]), (["--lo"], "", ["long", "lodge"]), (["--long=1"], "", ["long"]), (["--long"], "", ["long="])]:
    try: getopt.getopt(args, so, lo)
    except getopt.GetoptError as e: print("GetoptError:", e, repr(e.opt), e.msg)
print(getopt.error is getopt.GetoptError)
