# sys.exit with a non-integer, non-string object prints its str and exits with 1.
import sys
sys.exit(['not', 'an', 'int'])
