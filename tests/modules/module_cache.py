# modules execute once; re-import is a lookup; deleting from sys.modules re-executes.
import os, sys
sys.path.insert(0, os.path.join(sys.path[0], '_support'))
import counter_mod
counter_mod.bump()
import counter_mod
print(counter_mod.count)
from counter_mod import bump
print(bump())
del sys.modules['counter_mod']
import counter_mod as fresh
print(fresh.count, bump.__globals__['count'])
def local_import():
    import counter_mod
    return counter_mod is fresh
print(local_import())
