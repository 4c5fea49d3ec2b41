# module raising during import leaves nothing in sys.modules; retry re-executes it.
import os, sys
sys.path.insert(0, os.path.join(sys.path[0], '_support'))
for attempt in range(2):
    try:
        import raises_on_import
    except ValueError as e:
        print(attempt, type(e).__name__, e, 'raises_on_import' in sys.modules)
try:
    import simple_mod.not_a_package
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from pkg import not_there
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    import pkg.not_there
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
