import a..b
