x = y "s"
