lambda x: int: 0
