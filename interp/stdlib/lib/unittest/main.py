"""TestProgram (unittest.main): the command line of a test module and of
python -m unittest: parse the options, load the tests named (or discover
them), run them with a TextTestRunner and exit with 0 when they passed and
1 otherwise."""

import sys
import os
import warnings

from . import loader, runner
from .signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

# The options both command lines take: (short, long, attribute, value),
# value being the constant stored, or None for an option taking an argument.
_COMMON_OPTIONS = (
    ('-v', '--verbose', 'verbosity', 2),
    ('-q', '--quiet', 'verbosity', 0),
    (None, '--locals', 'tb_locals', True),
    ('-f', '--failfast', 'failfast', True),
    ('-c', '--catch', 'catchbreak', True),
    ('-b', '--buffer', 'buffer', True),
    ('-k', None, 'testNamePatterns', None),
)

_DISCOVERY_OPTIONS = (
    ('-s', '--start-directory', 'start', None),
    ('-p', '--pattern', 'pattern', None),
    ('-t', '--top-level-directory', 'top', None),
)

_USAGE_COMMON = ['[-h]', '[-v]', '[-q]', '[--locals]', '[-f]', '[-c]', '[-b]',
                 '[-k TESTNAMEPATTERNS]']

_HELP_COMMON = """\
options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring
"""

_HELP_MAIN = """\
positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

""" + _HELP_COMMON

_HELP_DISCOVERY = """\
options:
  -h, --help            show this help message and exit
  -v, --verbose         Verbose output
  -q, --quiet           Quiet output
  --locals              Show local variables in tracebacks
  -f, --failfast        Stop on first fail or error
  -c, --catch           Catch Ctrl-C and display results so far
  -b, --buffer          Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS   Only run tests which match the given substring
  -s START, --start-directory START
                        Directory to start discovery ('.' default)
  -p PATTERN, --pattern PATTERN
                        Pattern to match tests ('test*.py' default)
  -t TOP, --top-level-directory TOP
                        Top level directory of project (defaults to start
                        directory)

For test discovery all test modules must be importable from the top level
directory of the project.
"""


def _convert_name(name):
    # A path to a .py file names the module it is (relative to the current
    # directory); anything else is a dotted name already.
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


def _usage_lines(prog, options, positionals):
    """The usage lines argparse prints for prog: the parts wrapped at 78
    columns, continuation lines indented under the first part."""
    width = 78
    prefix = 'usage: '
    indent = ' ' * (len(prefix) + len(prog) + 1)

    def wrap(parts, first):
        lines, line = [], []
        length = len(first) - 1 if first is not None else len(indent) - 1
        for part in parts:
            if line and length + 1 + len(part) > width:
                lines.append(indent + ' '.join(line))
                line = []
                length = len(indent) - 1
            line.append(part)
            length += len(part) + 1
        if line:
            lines.append(indent + ' '.join(line))
        if first is not None:
            lines[0] = lines[0][len(indent):]
        return lines

    lines = wrap([prog] + options, prefix)
    if positionals:
        lines.extend(wrap(positionals, None))
    return [prefix + lines[0]] + lines[1:]


class _UsageError(Exception):
    pass


class TestProgram(object):
    """A command-line program that runs a set of tests; this is primarily
    for making test modules conveniently executable."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not getattr(sys, 'warnoptions', None):
            # Show DeprecationWarnings during tests unless -W says otherwise.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        warnings.warn("TestProgram.usageExit() is deprecated and will be"
                      " removed in Python 3.13", DeprecationWarning)
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _options(self, discovery):
        """The options the parser takes, as _COMMON_OPTIONS; -f, -c, -b and
        -k only when not fixed by the constructor."""
        fixed = {'failfast': self._fixed_failfast, 'catchbreak': self._fixed_catchbreak,
                 'buffer': self._fixed_buffer, 'testNamePatterns': self._fixed_patterns}
        options = [o for o in _COMMON_OPTIONS if not fixed.get(o[2], False)]
        if discovery:
            options.extend(_DISCOVERY_OPTIONS)
        return options

    def _usage(self, discovery):
        if discovery:
            parts = list(_USAGE_COMMON) + ['[-s START]', '[-p PATTERN]', '[-t TOP]']
            return _usage_lines(self.progName + ' discover', parts, [])
        return _usage_lines(self.progName, list(_USAGE_COMMON), ['[tests ...]'])

    def _print_help(self, *args, **kwargs):
        print('\n'.join(self._usage(False)) + '\n')
        print(_HELP_MAIN)
        if self.module is None:
            print(MAIN_EXAMPLES % {'prog': self.progName})
            print('\n'.join(self._usage(True)) + '\n')
            print(_HELP_DISCOVERY, end='')
        else:
            print(MODULE_EXAMPLES % {'prog': self.progName})

    def _parse(self, args, discovery):
        """Parse args into attributes of self; return the positionals.
        Prints help or a usage error and exits as argparse does."""
        options = self._options(discovery)
        by_flag = {}
        for option in options:
            for flag in option[:2]:
                if flag is not None:
                    by_flag[flag] = option
        positionals = []
        extra = []
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if arg == '--':
                positionals.extend(args[i:])
                break
            if arg in ('-h', '--help'):
                if discovery:
                    print('\n'.join(self._usage(True)) + '\n')
                    print(_HELP_DISCOVERY, end='')
                else:
                    self._print_help()
                sys.exit(0)
            if not arg.startswith('-') or arg == '-':
                positionals.append(arg)
                continue
            value = None
            flag = arg
            if arg.startswith('--') and '=' in arg:
                flag, value = arg.split('=', 1)
            elif not arg.startswith('--') and len(arg) > 2:
                flag, value = arg[:2], arg[2:]
            option = by_flag.get(flag)
            if option is None:
                extra.append(arg)
                continue
            short, long, attr, const = option
            if const is not None:
                if value is not None:
                    if arg.startswith('--'):
                        self._error(discovery, 'argument %s: ignored explicit argument %r'
                                    % ('/'.join(f for f in (short, long) if f), value))
                    # Bundled short flags: -vf.
                    args.insert(i, '-' + value)
                setattr(self, attr, const)
                continue
            if value is None:
                if i >= len(args) or (args[i].startswith('-') and args[i] != '-'):
                    self._error(discovery, 'argument %s: expected one argument'
                                % '/'.join(f for f in (short, long) if f))
                value = args[i]
                i += 1
            if attr == 'testNamePatterns':
                self.testNamePatterns.append(_convert_select_pattern(value))
            else:
                setattr(self, attr, value)
        if extra:
            self._error(discovery, 'unrecognized arguments: %s' % ' '.join(extra))
        return positionals

    def _error(self, discovery, message):
        prog = self.progName + (' discover' if discovery else '')
        sys.stderr.write('\n'.join(self._usage(discovery)) + '\n')
        sys.stderr.write('%s: error: %s\n' % (prog, message))
        sys.exit(2)

    def _init_options(self):
        self._fixed_failfast = self.failfast is not None
        self._fixed_catchbreak = self.catchbreak is not None
        self._fixed_buffer = self.buffer is not None
        self._fixed_patterns = self.testNamePatterns is not None
        if self.failfast is None:
            self.failfast = False
        if self.catchbreak is None:
            self.catchbreak = False
        if self.buffer is None:
            self.buffer = False
        if self.testNamePatterns is None:
            self.testNamePatterns = []

    def parseArgs(self, argv):
        self._init_options()
        if self.module is None:
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._do_discovery(argv[2:])
                return
            self.tests = self._parse(list(argv[1:]), False)
            if not self.tests:
                # python -m unittest -v: discover from here.
                self._do_discovery([])
                return
        else:
            self.tests = self._parse(list(argv[1:]), False)
        if self.tests:
            self.testNames = _convert_names(self.tests)
            if __name__ == '__main__':
                self.module = None
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            test_loader = self.testLoader if Loader is None else Loader()
            self.test = test_loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv is not None:
            if not hasattr(self, '_fixed_failfast'):
                self._init_options()
            rest = self._parse(list(argv), True)
            # Up to three positionals: start, pattern, top.
            if len(rest) > 3:
                self._error(True, 'unrecognized arguments: %s' % ' '.join(rest[3:]))
            for attr, value in zip(('start', 'pattern', 'top'), rest):
                setattr(self, attr, value)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
