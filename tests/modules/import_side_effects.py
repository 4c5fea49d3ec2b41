# Import order of side effects and sys.modules contents during import.
import os, sys
sys.path.insert(0, os.path.join(sys.path[0], '_support'))
print('before import', 'simple_mod' in sys.modules)
import simple_mod
print('after import', 'simple_mod' in sys.modules)
from simple_mod import greet
import simple_mod
print(greet('again'), sys.modules['simple_mod'] is simple_mod)
import importlib.util
print(importlib.util.find_spec('simple_mod').name, importlib.util.find_spec('definitely_missing_mod') is None)
