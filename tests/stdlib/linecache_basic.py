# linecache: lines of this file and of missing files.
import linecache
import os

me = __file__
print(repr(linecache.getline(me, 1)))
print(repr(linecache.getline(me, 2)))
print(repr(linecache.getline(me, 0)), repr(linecache.getline(me, 10**6)))
print(len(linecache.getlines(me)) > 5)
print(repr(linecache.getline("no/such/file.py", 1)), linecache.getlines("<string>"))
linecache.checkcache(me)
linecache.checkcache()
print(me in linecache.cache)
linecache.clearcache()
print(me in linecache.cache)
print(repr(linecache.getline(os.path.basename(me) + "x", 1)))
