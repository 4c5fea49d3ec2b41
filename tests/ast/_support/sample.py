import sys

def main(argv=None):
    """Entry point."""
    for i, arg in enumerate(argv or sys.argv):
        print(i, arg, sep=': ', end="\n")
    return {'ok': True, 'n': len(argv or [])}
