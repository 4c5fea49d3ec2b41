x = "s" y
