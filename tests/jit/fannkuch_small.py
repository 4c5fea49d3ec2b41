# Fannkuch-redux (bench/programs/fannkuch.py) at small sizes: slice stores
# and reads in nested loops with helper calls; a trace once got the parity
# of the checksum wrong (no snapshot written for list slicing helpers).
def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    even = True
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        first = perm1[0]
        if first:
            perm = perm1[:]
            flips = 0
            while first:
                perm[:first + 1] = perm[first::-1]
                flips += 1
                first = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if even else -flips
        even = not even
        # Advance to the next permutation by rotating prefixes.
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


for n in range(3, 9):
    print(n, fannkuch(n))
