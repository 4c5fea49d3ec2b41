# try/else combined with loops, break and continue.
def search(items, target):
    for i, x in enumerate(items):
        try:
            ok = x == target
        except Exception:
            continue
        else:
            if ok:
                break
    else:
        return 'not found'
    return f'found at {i}'
print(search([1, 2, 3], 2), search([1, 2], 5), search([], 1))
log = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            raise ValueError
    except ValueError:
        log.append(f'{i}:except')
    else:
        log.append(f'{i}:else')
    finally:
        log.append(f'{i}:finally')
print(log)
n = 0
while n < 5:
    n += 1
    try:
        if n == 4:
            break
    finally:
        print('finally', n)
else:
    print('while else not reached')
print('n', n)
