x = f"{a = = b}"
