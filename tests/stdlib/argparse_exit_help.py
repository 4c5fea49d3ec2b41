# argparse: -h prints help to stdout and exits 0; --version likewise.
import argparse
import os

os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='prog', description='Does things.')
p.add_argument('--version', action='version', version='%(prog)s 2.5')
p.add_argument('name', help='who')
try:
    p.parse_args(['--version'])
except SystemExit as e:
    print('version exit', e.code)
p.parse_args(['-h'])
print('not reached')
