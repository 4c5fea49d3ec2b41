# calendar: leap years, weekdays, month ranges and grids, text months and
# years with every width option, first weekday, timegm, errors.
import calendar

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print([calendar.isleap(y) for y in (1900, 2000, 2023, 2024)], calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900))
print([calendar.weekday(2024, m, 1) for m in range(1, 13)], calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31), calendar.weekday(12000, 1, 1))
print([calendar.monthrange(2024, m) for m in (1, 2, 3)], calendar.monthrange(1900, 2), calendar.monthrange(2000, 2))
print(calendar.monthcalendar(2024, 2), calendar.monthcalendar(2021, 2))
print(calendar.month(2024, 2), end="")
print(repr(calendar.month(2024, 2, w=3, l=2)))
print(calendar.month(2023, 12, 5, 1), end="")
print(calendar.calendar(2023), end="")
print(calendar.calendar(2024, w=3, l=1, c=2, m=4), end="")
print(calendar.TextCalendar(6).formatmonth(2024, 3), end="")
print(repr(calendar.TextCalendar().formatweekheader(2)), calendar.weekheader(3), calendar.weekheader(9), repr(calendar.weekheader(1)))
print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name), list(calendar.month_abbr))
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH, calendar.mdays)
cal = calendar.Calendar(firstweekday=3)
print(cal.firstweekday, list(cal.iterweekdays()), list(cal.itermonthdays(2024, 2)), list(cal.itermonthdays2(2024, 2))[:8])
print(list(cal.itermonthdays3(2024, 2))[:5], list(cal.itermonthdays4(2024, 12))[-3:], cal.monthdays2calendar(2024, 2)[0])
print(calendar.Calendar().yeardayscalendar(2024, 4)[0][1], len(calendar.Calendar().yeardays2calendar(2024)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 2)[0])
print(calendar.month(2024, 2), end="")
calendar.setfirstweekday(0)
print(calendar.timegm((2024, 2, 29, 12, 30, 15)), calendar.timegm((1970, 1, 1, 0, 0, 0, 3, 1, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
calendar.prmonth(2020, 1)
calendar.prcal(2020, m=6)
calendar.format(["a", "b"], 5, 2)
print(repr(calendar.formatstring(["x", "y", "z"], 3, 1)), calendar.week([(1, 0), (2, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6)], 2))
for f in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(9), lambda: calendar.month(2024, 0),
          lambda: calendar.weekday(2024, 2, 30), lambda: issubclass(calendar.IllegalMonthError, ValueError), lambda: calendar.error]:
    show(f)
h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2023, 7, withyear=False))
print(h.formatyear(2024, width=4))
print(h.formatyearpage(2021, width=6, css=None, encoding="ascii"))
print(h.formatyearpage(2021)[:300])
print(calendar.HTMLCalendar(calendar.SUNDAY).formatweekheader(), h.cssclasses, h.cssclass_noday)
print(list(calendar.Calendar().itermonthdates(2024, 2))[:3], calendar.Calendar(6).monthdatescalendar(2024, 12)[-1])
print(calendar.Calendar().yeardatescalendar(2023, 6)[1][5][-1][-1], len(calendar.Calendar().yeardatescalendar(2023)))
