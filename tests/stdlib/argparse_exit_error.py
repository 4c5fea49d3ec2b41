# argparse: a bad argument prints usage and "prog: error: ..." to stderr, exits 2.
import argparse
import os

os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='prog')
p.add_argument('--count', type=int)
p.add_argument('name')
print('before')
p.parse_args(['--count', 'three', 'x'])
print('not reached')
