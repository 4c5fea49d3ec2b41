# An odict_iterator after the OrderedDict changes, as CPython 3.11's: it
# knows whether an entry follows when it returns one (so once it has
# returned the last, or started on an empty dict, it is exhausted whatever
# happens); a reordering (move_to_end, unless the key is already there),
# insertion or deletion raises "mutated" once and exhausts it; clear()
# raises "changed size" on every call. For iter, keys, values, items and
# their reversed forms, after 0, 1 and all 5 steps.
from collections import OrderedDict
def run(label, mk, mut, steps=1):
    od = OrderedDict.fromkeys('abcde', 0)
    it = mk(od)
    out = []
    try:
        for _ in range(steps):
            out.append(next(it))
        mut(od)
        out.append(list(it))
    except Exception as e:
        out.append('%s: %s' % (type(e).__name__, e))
    try:
        out.append(next(it))
    except Exception as e:
        out.append('then %s: %s' % (type(e).__name__, e))
    print(label, out, list(od))
mks = {'iter': iter, 'keys': lambda o: iter(o.keys()), 'values': lambda o: iter(o.values()), 'items': lambda o: iter(o.items()), 'rev': reversed, 'revitems': lambda o: reversed(o.items())}
muts = {
    'mte_e': lambda o: o.move_to_end('e'),
    'mte_a': lambda o: o.move_to_end('a'),
    'mte_c': lambda o: o.move_to_end('c'),
    'mte_c_first': lambda o: o.move_to_end('c', last=False),
    'mte_a_first': lambda o: o.move_to_end('a', last=False),
    'set_existing': lambda o: o.__setitem__('c', 5),
    'del_add': lambda o: (o.__delitem__('c'), o.__setitem__('c', 1)),
    'del_add_other': lambda o: (o.__delitem__('c'), o.__setitem__('z', 1)),
    'popitem': lambda o: o.popitem(),
    'popitem_first': lambda o: o.popitem(last=False),
    'pop_b': lambda o: o.pop('b'),
    'clear': lambda o: o.clear(),
    'add': lambda o: o.__setitem__('z', 1),
    'update_same': lambda o: o.update(a=3),
    'setdefault_new': lambda o: o.setdefault('y', 1),
    'nothing': lambda o: None,
}
for mn, mk in mks.items():
    for un, mut in muts.items():
        for steps in (0, 1, 5):
            run('%s %s %d' % (mn, un, steps), mk, mut, steps)
# move_to_end inside a for loop
od = OrderedDict.fromkeys('abc')
seen = []
try:
    for k in od:
        seen.append(k)
        if k == 'a':
            od.move_to_end('a')
except RuntimeError as e:
    print('loop', seen, e)
else:
    print('loop no error', seen)
# an iterator made on an empty dict stays exhausted
od = OrderedDict()
it = iter(od)
od['a'] = 1
print('empty start', list(it))
# clear then insert: the insertion is a mutation
od = OrderedDict.fromkeys('ab')
it = iter(od)
od.clear()
od['x'] = 1
for _ in range(2):
    try:
        print(next(it))
    except Exception as e:
        print(type(e).__name__, e)
