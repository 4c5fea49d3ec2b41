x: int: 1
