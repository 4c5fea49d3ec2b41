# Exit statuses are reduced modulo 256 by the OS.
import sys
print('exit 257')
sys.exit(257)
