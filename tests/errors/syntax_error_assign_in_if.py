print("never runs")
value = 5
if value = 5:
    pass
