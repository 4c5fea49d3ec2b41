# argparse: help and usage text, wrapping to COLUMNS, formatter classes.
import argparse
import os

os.environ['COLUMNS'] = '60'

p = argparse.ArgumentParser(
    prog='tool', description='A tool that does many things with files '
    'and directories, described at length so that this text wraps.',
    epilog='See the manual for %(prog)s.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', help='destination (default: %(default)s)',
               default='out.txt')
p.add_argument('-v', '--verbose', action='count', help='more output')
p.add_argument('--level', type=int, choices=range(1, 4), default=2,
               help='level, one of %(choices)s, default %(default)s, type %(type)s')
p.add_argument('--a-very-long-option-name', metavar='VALUE',
               help='an option whose name is too long to fit the column')
p.add_argument('--nohelp')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--tuple', nargs=2, metavar=('K', 'V'), help='key and value')
p.add_argument('--star', nargs='*')
p.add_argument('--plus', nargs='+')
p.add_argument('--bool', action=argparse.BooleanOptionalAction, help='toggle')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
g = p.add_argument_group('network', 'Options about the network.')
g.add_argument('--host', default='localhost', help='host name')
g.add_argument('--port', type=int, help='port number')
m = p.add_mutually_exclusive_group()
m.add_argument('--json', action='store_true', help='JSON output')
m.add_argument('--xml', action='store_true', help='XML output')
p.print_help()
print('---')
p.print_usage()
print(repr(p.format_usage()))

for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    print('---', cls.__name__)
    q = argparse.ArgumentParser(prog='fmt', formatter_class=cls,
                                description='first line\n  indented line\n\nlast')
    q.add_argument('--x', type=int, default=5, help='the x\n  keep this')
    q.add_argument('y', type=float, nargs='?', default=1.0, help='the y')
    q.add_argument('--z', type=str, help='the z (default: %(default)s)')
    q.print_help()

print('--- subparsers')
p = argparse.ArgumentParser(prog='git')
sub = p.add_subparsers(title='commands', dest='cmd', metavar='COMMAND',
                       description='available commands', help='what to do')
sub.add_parser('add', help='add files', aliases=['a'])
sub.add_parser('commit', help='record changes')
sub.add_parser('quiet')
p.print_help()
p2 = argparse.ArgumentParser(prog='git2')
s2 = p2.add_subparsers()
c = s2.add_parser('clone', help='clone it', description='Clone a repo.')
c.add_argument('url')
p2.print_help()
c.print_help()

print('--- long prog and wrapping')
p = argparse.ArgumentParser(prog='a-really-long-program-name-that-takes-most-of-the-width')
for i in range(6):
    p.add_argument('--option%d' % i, metavar='VALUE%d' % i)
p.add_argument('positional_one')
p.add_argument('positional_two')
p.print_usage()
p = argparse.ArgumentParser(prog='short')
for i in range(8):
    p.add_argument('--option%d' % i, metavar='V')
for i in range(5):
    p.add_argument('positional%d' % i)
p.print_usage()
p = argparse.ArgumentParser(prog='onlypos', add_help=False)
for i in range(8):
    p.add_argument('positional_number_%d' % i)
p.print_usage()
p = argparse.ArgumentParser(prog='empty', add_help=False, usage='%(prog)s [stuff]')
p.print_help()
p = argparse.ArgumentParser(prog='nothing', add_help=False)
p.print_help()

print('--- width from formatter_class')
import functools
narrow = functools.partial(argparse.HelpFormatter, width=40, max_help_position=10)
p = argparse.ArgumentParser(prog='narrow', formatter_class=narrow)
p.add_argument('--alpha', help='the alpha option with a long help text to wrap')
p.add_argument('beta', choices=['x', 'y'], help='beta')
p.print_help()

print('--- required group and prefix chars')
p = argparse.ArgumentParser(prog='req', prefix_chars='+')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('+a', action='store_true')
g.add_argument('+b', action='store_true')
p.add_argument('+c', required=True)
p.print_help()
