# Numeric literals with underscores and in different bases, and their round-trips.
nums = [1_000, 0x_FF_FF, 0o_7_7, 0b_1111_0000, 1_0.0_1, 1e1_0, 0_0, 1_2j]
print(nums)
print(int('1_000'), float('1_0.5'), complex('1_0j'), int('0x_ff', 16), int('0b_1', 0))
print(f'{1000000:_}', f'{0xFFFF:_x}', f'{255:_b}', format(10**9, ','))
print(0xDEAD_BEEF, 0o1234_5670, 0b1010_1010_1010, 123_456_789 * 1_000)
