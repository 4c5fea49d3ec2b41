x = async lambda: 1
