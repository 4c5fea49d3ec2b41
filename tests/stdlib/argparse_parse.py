# argparse: parse results for actions, nargs, types, choices, groups, subparsers.
import argparse
import io
import sys


def run(parser, args):
    """Parse args, printing the Namespace or the error and exit status."""
    err = io.StringIO()
    saved = sys.stderr
    sys.stderr = err
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code, repr(err.getvalue()))
    finally:
        sys.stderr = saved


p = argparse.ArgumentParser(prog='prog')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('-n', type=int, default=3, choices=[1, 2, 3, 4])
p.add_argument('--name', default='x')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('-I', action='append', dest='inc')
p.add_argument('--flag', action='append_const', const='F', dest='inc')
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--pair', nargs=2, type=float)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--color2', action=argparse.BooleanOptionalAction, default=True)
for args in [
    ['a'], ['a', 'b', '-vvv'], ['-q', 'a', '--no-color'], ['-n', '2', 'a'],
    ['-n2', 'a'], ['-n=4', 'a'], ['--name=bob', 'a'], ['--na', 'al', 'a'],
    ['-I', 'x', '-Iy', '--flag', 'a'], ['--ext', '1', '2', '--ext', '3', 'a'],
    ['--pair', '1.5', '2', 'a'], ['--opt', 'a'], ['a', '--opt'],
    ['a', '--opt', 'v'], ['--no-color2', 'a'], ['--color2', 'a'],
    ['-vq', 'a'], ['-qv', 'a'], ['--', '-a'], ['a', '--', '-b'],
    ['-n', '7', 'a'], ['-n', 'x', 'a'], [], ['a', 'b', 'c'], ['--pair', '1', 'a'],
    ['--zzz', 'a'], ['-q=1', 'a'], ['--const', 'a'],
]:
    print(args, end=' -> ')
    run(p, args)

# negative numbers
p = argparse.ArgumentParser(prog='neg')
p.add_argument('-x', type=int)
p.add_argument('nums', nargs='*', type=int)
run(p, ['-x', '-1', '-2', '3'])
p2 = argparse.ArgumentParser(prog='neg2')
p2.add_argument('-1', dest='one', action='store_true')
p2.add_argument('rest', nargs='*')
run(p2, ['-1', 'x'])
run(p2, ['-2'])

# nargs variants for positionals
p = argparse.ArgumentParser(prog='n')
p.add_argument('a', nargs='+')
p.add_argument('b', nargs=2)
p.add_argument('c', nargs='*')
run(p, ['1', '2', '3'])
run(p, ['1', '2', '3', '4', '5'])
run(p, ['1'])
p = argparse.ArgumentParser(prog='r')
p.add_argument('cmd')
p.add_argument('rest', nargs=argparse.REMAINDER)
run(p, ['go', '-x', '--y', 'z'])

# parse_known_args
p = argparse.ArgumentParser(prog='k')
p.add_argument('--a')
print(p.parse_known_args(['--a', '1', '--b', '2', 'c']))

# mutually exclusive groups
p = argparse.ArgumentParser(prog='m')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--foo', action='store_true')
g.add_argument('--bar', action='store_false')
run(p, ['--foo'])
run(p, ['--foo', '--bar'])
run(p, [])

# argument groups and set_defaults/get_default
p = argparse.ArgumentParser(prog='g', argument_default=argparse.SUPPRESS)
grp = p.add_argument_group('extra', 'Extra options')
grp.add_argument('--deep', type=int)
p.set_defaults(mode='fast')
run(p, [])
run(p, ['--deep', '5'])
print(p.get_default('mode'), p.get_default('deep'))

# subparsers
p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='cmd', help='sub-command help')
a = sub.add_parser('add', help='add files', aliases=['a'])
a.add_argument('files', nargs='+')
a.set_defaults(func='ADD')
c = sub.add_parser('commit', help='commit')
c.add_argument('-m', required=True)
run(p, ['add', 'x', 'y'])
run(p, ['--debug', 'a', 'x'])
run(p, ['commit', '-m', 'msg'])
run(p, ['commit'])
run(p, ['push'])
run(p, [])
print(p.parse_known_args(['add', 'x', '--zz']))

# type conversion of string defaults, custom types, ArgumentTypeError
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError('%r is odd' % s)
    return v

p = argparse.ArgumentParser(prog='t')
p.add_argument('--e', type=even, default='4')
p.add_argument('--f', type=float, default=1)
run(p, [])
run(p, ['--e', '3'])
run(p, ['--e', '8', '--f', '2.5'])

# prefix_chars, allow_abbrev, fromfile_prefix_chars
p = argparse.ArgumentParser(prog='pc', prefix_chars='+/')
p.add_argument('+f')
p.add_argument('//bar')
run(p, ['+f', 'X', '//bar', 'Y'])
p = argparse.ArgumentParser(prog='ab', allow_abbrev=False)
p.add_argument('--foobar')
run(p, ['--foo', '1'])
p = argparse.ArgumentParser(prog='amb')
p.add_argument('--foobar')
p.add_argument('--foobaz')
run(p, ['--foo', '1'])
with open('/tmp/_adder_argparse_args.txt', 'w') as f:
    f.write('-x\n1\npos\n')
p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
p.add_argument('-x')
p.add_argument('p')
run(p, ['@/tmp/_adder_argparse_args.txt'])

# exit_on_error=False raises ArgumentError
p = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
p.add_argument('--n', type=int)
try:
    p.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print(type(e).__name__, e, '|', e.argument_name, '|', e.message)

# construction errors
for kwargs in [dict(action='store', nargs=0), dict(action='bogus'),
               dict(type='nope'), dict(type=argparse.FileType),
               dict(nargs=2, metavar=('A', 'B', 'C')),
               dict(action='store', const=1)]:
    try:
        argparse.ArgumentParser().add_argument('--x', **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    p = argparse.ArgumentParser()
    p.add_argument('--x')
    p.add_argument('--x')
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
try:
    argparse.ArgumentParser().add_argument('pos', required=True)
except TypeError as e:
    print(type(e).__name__, e)
p = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
p.add_argument('-x', '--xx', help='old')
p.add_argument('--xx', help='new')
print([a.option_strings for a in p._actions])

# Namespace, FileType, Action repr
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(a=1, b='x'), 'a' in ns, 'z' in ns, vars(ns))
print(repr(argparse.Namespace(**{'not valid': 1, 'ok': 2})))
print(argparse.FileType('w', encoding='utf-8'), argparse.FileType(), argparse.FileType('rb', 0))
print(argparse.FileType('r')('-') is sys.stdin)
try:
    argparse.FileType('r')('/nonexistent/file')
except argparse.ArgumentTypeError as e:
    print(type(e).__name__, e)
p = argparse.ArgumentParser(prog='repr')
print(p)
print(p.add_argument('--x', type=int, help='an x'))

# parse_intermixed_args
p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
print(p.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
print(p.parse_known_args('doit 1 --foo bar 2 3'.split()))
