# __name__ == '__main__' in the script and in imported modules; runpy.
import os, sys
sys.path.insert(0, os.path.join(sys.path[0], '_support'))
print(__name__)
import main_guard as mg
print(mg.run(), mg.__name__)
import runpy
ns = runpy.run_path(os.path.join(sys.path[0], 'main_guard.py'), run_name='__main__')
print(ns['run']())
ns = runpy.run_module('main_guard', run_name='custom')
print(sorted(k for k in ns if not k.startswith('__')))
if __name__ == '__main__':
    print('script guard ok')
