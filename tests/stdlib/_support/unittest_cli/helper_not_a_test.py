raise SystemExit("discovery must not import this module")
