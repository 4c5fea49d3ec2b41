# argparse: missing required arguments go to stderr with exit status 2;
# parser.exit and parser.error are usable directly.
import argparse
import os

os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='req')
p.add_argument('a')
p.add_argument('b', nargs='+')
try:
    p.exit(3, 'custom message\n')
except SystemExit as e:
    print('exit', e.code)
try:
    p.error('my own error')
except SystemExit as e:
    print('error', e.code)
p.parse_args([])
