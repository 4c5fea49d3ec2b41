# sys.argv and sys.path[0] for a script run by relative path.
import sys, os
print(sys.argv)
print(sys.path[0])
print(__name__, __file__.endswith('modules/sys_argv_path.py'))
print(os.path.basename(sys.argv[0]), len(sys.argv))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.version_info[0], sys.version_info >= (3, 8), type(sys.maxsize).__name__, sys.maxsize == 2**63 - 1)
print(sys.byteorder in ('little', 'big'), sys.platform != '', sys.getdefaultencoding())
