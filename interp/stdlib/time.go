// time.go: the time module. Clocks come from clock_gettime; broken-down
// times are computed with Go's time package in the process's local zone
// (TZ as read at startup or by tzset); strftime and strptime follow the C
// locale.

package stdlib

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	gotime "time"

	"golang.org/x/sys/unix"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// structTimeType is time.struct_time, made on the first import of time.
var structTimeType *object.Type

func setupTimeTypes() {
	structTimeType = object.NewStructSeqType(&object.StructSeqDesc{
		Name:   "struct_time",
		Module: "time",
		Doc:    "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().",
		Fields: []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
			"tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"},
		NVisible: 9,
	})
}

// clocks are the clocks of get_clock_info.
var clocks = map[string]struct {
	id         int32
	impl       string
	monotonic  bool
	adjustable bool
}{
	"time":         {unix.CLOCK_REALTIME, "clock_gettime(CLOCK_REALTIME)", false, true},
	"monotonic":    {unix.CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true, false},
	"perf_counter": {unix.CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true, false},
	"process_time": {unix.CLOCK_PROCESS_CPUTIME_ID, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false},
	"thread_time":  {unix.CLOCK_THREAD_CPUTIME_ID, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false},
}

func clockNs(id int32) int64 {
	var ts unix.Timespec
	if err := unix.ClockGettime(id, &ts); err != nil {
		panic("BUG: clock_gettime: " + err.Error())
	}
	return ts.Nano()
}

// clockFunc makes a clock function returning seconds (float) or ns (int).
func clockFunc(name string, id int32, ns bool) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if len(args) != 0 || kw != nil {
			if err := object.CheckArity("time."+name, args, kw, 0, 0); err != nil {
				return object.Null, err
			}
		}
		n := clockNs(id)
		if ns {
			return object.Int(n), nil
		}
		return object.Float(float64(n) * 1e-9), nil
	}}
}

// timeArg converts the optional seconds argument of gmtime, localtime and
// ctime (None or absent: now), rounding towards minus infinity.
func timeArg(t *object.Thread, args []object.Value) (int64, error) {
	if len(args) == 0 || args[0].IsNone() {
		return gotime.Now().Unix(), nil
	}
	v := args[0]
	if i, ok := object.AsInt64(v); ok {
		return i, nil
	}
	if _, ok := object.AsBigInt(v); ok {
		return 0, object.NewError(object.OverflowError, "timestamp out of range for platform time_t")
	}
	x, err := object.ToFloat(t, v)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) {
		return 0, object.NewError(object.ValueError, "Invalid value NaN (not a number)")
	}
	x = math.Floor(x)
	if !(x >= -0x1p63 && x < 0x1p63) {
		return 0, object.NewError(object.OverflowError, "timestamp out of range for platform time_t")
	}
	return int64(x), nil
}

// localZone is the zone of localtime and mktime.
var localZone = gotime.Local

// structTime converts a Go time to a struct_time.
func structTime(tm gotime.Time, isDST int) object.Value {
	zone, off := tm.Zone()
	if tm.Location() == gotime.UTC {
		zone = "GMT" // as glibc's gmtime names it
	}
	return object.NewStructSeq(structTimeType, []object.Value{
		object.Int(int64(tm.Year())), object.Int(int64(tm.Month())), object.Int(int64(tm.Day())),
		object.Int(int64(tm.Hour())), object.Int(int64(tm.Minute())), object.Int(int64(tm.Second())),
		object.Int(int64((tm.Weekday() + 6) % 7)), object.Int(int64(tm.YearDay())), object.Int(int64(isDST)),
		object.StrValue(zone), object.Int(int64(off)),
	})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// tmFields holds a struct_time's fields as ints.
type tmFields struct {
	year, mon, mday, hour, min, sec, wday, yday, isdst int
	zone                                               string
	gmtoff                                             int
	hasZone                                            bool
}

// tmArg converts a struct_time or 9-tuple argument (CPython's gettmarg).
func tmArg(t *object.Thread, v object.Value, fname string) (*tmFields, error) {
	tu, ok := v.AsTuple()
	if !ok {
		return nil, object.NewError(object.TypeError, "Tuple or struct_time argument required")
	}
	if len(tu.Items) != 9 {
		return nil, object.Errorf(object.TypeError, "%s(): illegal time tuple argument", fname)
	}
	var f [9]int
	for i, it := range tu.Items {
		n, err := object.IndexInt(t, it)
		if err != nil {
			return nil, err
		}
		f[i] = n
	}
	tm := &tmFields{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], "", 0, false}
	if v.Type() == structTimeType {
		s := (*object.StructSeq)(v.Pointer())
		if z, ok := s.Fields[9].AsStr(); ok {
			tm.zone, tm.hasZone = z.String(), true
		}
		if off, ok := object.AsInt64(s.Fields[10]); ok {
			tm.gmtoff = int(off)
		}
	}
	return tm, nil
}

// check validates the fields as CPython's checktm does for strftime and
// asctime (after normalizing 0 month/day/yday to 1).
func (tm *tmFields) check() error {
	bad := func(what string) error { return object.Errorf(object.ValueError, "%s out of range", what) }
	switch {
	case tm.mon < 1 || tm.mon > 12:
		return bad("month")
	case tm.mday < 1 || tm.mday > 31:
		return bad("day of month")
	case tm.hour < 0 || tm.hour > 23:
		return bad("hour")
	case tm.min < 0 || tm.min > 59:
		return bad("minute")
	case tm.sec < 0 || tm.sec > 61:
		return bad("seconds")
	case tm.wday < 0:
		return bad("day of week")
	case tm.yday < 1 || tm.yday > 366:
		return bad("day of year")
	}
	return nil
}

func (tm *tmFields) normalize() {
	if tm.mon == 0 {
		tm.mon = 1
	}
	if tm.mday == 0 {
		tm.mday = 1
	}
	if tm.yday == 0 {
		tm.yday = 1
	}
	if tm.isdst < -1 {
		tm.isdst = -1
	} else if tm.isdst > 1 {
		tm.isdst = 1
	}
	tm.wday = ((tm.wday+1)%7 + 7) % 7 // Python Monday=0 → C Sunday=0
}

var (
	dayNames   = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
)

// isoWeek returns the ISO 8601 year and week of the date in tm.
func (tm *tmFields) isoWeek() (int, int) {
	d := gotime.Date(tm.year, gotime.Month(tm.mon), tm.mday, 12, 0, 0, 0, gotime.UTC)
	return d.ISOWeek()
}

// strftime formats tm (normalized, C weekday) as C's strftime in the C locale.
func strftime(format string, tm *tmFields) string {
	var b strings.Builder
	pad := func(n, width int, fill byte) {
		s := strconv.Itoa(n)
		for i := len(s); i < width; i++ {
			b.WriteByte(fill)
		}
		b.WriteString(s)
	}
	hour12 := tm.hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'a':
			b.WriteString(dayNames[tm.wday%7][:3])
		case 'A':
			b.WriteString(dayNames[tm.wday%7])
		case 'b', 'h':
			b.WriteString(monthNames[tm.mon-1][:3])
		case 'B':
			b.WriteString(monthNames[tm.mon-1])
		case 'c':
			b.WriteString(strftime("%a %b %e %H:%M:%S %Y", tm))
		case 'C':
			pad(tm.year/100, 2, '0')
		case 'd':
			pad(tm.mday, 2, '0')
		case 'D':
			b.WriteString(strftime("%m/%d/%y", tm))
		case 'e':
			pad(tm.mday, 2, ' ')
		case 'F':
			b.WriteString(strftime("%Y-%m-%d", tm))
		case 'G':
			y, _ := tm.isoWeek()
			pad(y, 1, '0')
		case 'g':
			y, _ := tm.isoWeek()
			pad(y%100, 2, '0')
		case 'H':
			pad(tm.hour, 2, '0')
		case 'I':
			pad(hour12, 2, '0')
		case 'j':
			pad(tm.yday, 3, '0')
		case 'k':
			pad(tm.hour, 2, ' ')
		case 'l':
			pad(hour12, 2, ' ')
		case 'm':
			pad(tm.mon, 2, '0')
		case 'M':
			pad(tm.min, 2, '0')
		case 'n':
			b.WriteByte('\n')
		case 'p':
			b.WriteString(map[bool]string{true: "PM", false: "AM"}[tm.hour >= 12])
		case 'P':
			b.WriteString(map[bool]string{true: "pm", false: "am"}[tm.hour >= 12])
		case 'r':
			b.WriteString(strftime("%I:%M:%S %p", tm))
		case 'R':
			b.WriteString(strftime("%H:%M", tm))
		case 'S':
			pad(tm.sec, 2, '0')
		case 't':
			b.WriteByte('\t')
		case 'T':
			b.WriteString(strftime("%H:%M:%S", tm))
		case 'u':
			pad((tm.wday+6)%7+1, 1, '0')
		case 'U':
			pad((tm.yday-1+7-tm.wday)/7, 2, '0')
		case 'V':
			_, w := tm.isoWeek()
			pad(w, 2, '0')
		case 'w':
			pad(tm.wday, 1, '0')
		case 'W':
			pad((tm.yday-1+7-(tm.wday+6)%7)/7, 2, '0')
		case 'x':
			b.WriteString(strftime("%m/%d/%y", tm))
		case 'X':
			b.WriteString(strftime("%H:%M:%S", tm))
		case 'y':
			pad(((tm.year%100)+100)%100, 2, '0')
		case 'Y':
			pad(tm.year, 1, '0')
		case 'z':
			off := tm.gmtoff
			sign := byte('+')
			if off < 0 {
				sign, off = '-', -off
			}
			b.WriteByte(sign)
			pad(off/3600, 2, '0')
			pad(off/60%60, 2, '0')
		case 'Z':
			b.WriteString(tm.zone)
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// nowFields returns the fields of the current local time.
func nowFields() *tmFields {
	now := gotime.Now().In(localZone)
	return fieldsOf(now)
}

func fieldsOf(tm gotime.Time) *tmFields {
	zone, off := tm.Zone()
	return &tmFields{tm.Year(), int(tm.Month()), tm.Day(), tm.Hour(), tm.Minute(), tm.Second(),
		int(tm.Weekday()), tm.YearDay(), boolInt(tm.IsDST()), zone, off, true}
}

func timeStrftime(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("strftime", args, kw, 1, 2); err != nil {
		return object.Null, err
	}
	format, ok := args[0].AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "strftime() argument 1 must be str, not %s", object.ArgTypeName(args[0]))
	}
	var tm *tmFields
	if len(args) == 2 {
		var err error
		if tm, err = tmArg(t, args[1], "strftime"); err != nil {
			return object.Null, err
		}
		tm.normalize()
		if err := tm.check(); err != nil {
			return object.Null, err
		}
		if !tm.hasZone {
			// A plain tuple carries no zone: C uses the local one.
			lt := gotime.Date(tm.year, gotime.Month(tm.mon), tm.mday, tm.hour, tm.min, tm.sec, 0, localZone)
			tm.zone, tm.gmtoff = lt.Zone()
		}
	} else {
		tm = nowFields()
	}
	return object.StrValue(strftime(format.String(), tm)), nil
}

func asctime(tm *tmFields) string {
	return fmt.Sprintf("%s %s%3d %02d:%02d:%02d %d", dayNames[tm.wday][:3], monthNames[tm.mon-1][:3],
		tm.mday, tm.hour, tm.min, tm.sec, tm.year)
}

func timeAsctime(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("asctime", args, kw, 0, 1); err != nil {
		return object.Null, err
	}
	tm := nowFields()
	if len(args) == 1 {
		var err error
		if tm, err = tmArg(t, args[0], "asctime"); err != nil {
			return object.Null, err
		}
		tm.normalize()
		if err := tm.check(); err != nil {
			return object.Null, err
		}
	}
	return object.StrValue(asctime(tm)), nil
}

func timeCtime(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("ctime", args, kw, 0, 1); err != nil {
		return object.Null, err
	}
	secs, err := timeArg(t, args)
	if err != nil {
		return object.Null, err
	}
	return object.StrValue(asctime(fieldsOf(gotime.Unix(secs, 0).In(localZone)))), nil
}

// brokenDown makes gmtime and localtime.
func brokenDown(name string, local bool) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := parseTupleArity(name, args, kw, 0, 1); err != nil {
			return object.Null, err
		}
		secs, err := timeArg(t, args)
		if err != nil {
			return object.Null, err
		}
		tm := gotime.Unix(secs, 0)
		if local {
			tm = tm.In(localZone)
			return structTime(tm, boolInt(tm.IsDST())), nil
		}
		return structTime(tm.UTC(), 0), nil
	}}
}

func timeMktime(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("mktime", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	tm, err := tmArg(t, args[0], "mktime")
	if err != nil {
		return object.Null, err
	}
	d := gotime.Date(tm.year, gotime.Month(tm.mon), tm.mday, tm.hour, tm.min, tm.sec, 0, localZone)
	return object.Float(float64(d.Unix())), nil
}

func timeSleep(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("sleep", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	x, err := toFloat(t, args[0])
	if err != nil {
		return object.Null, err
	}
	if math.IsNaN(x) {
		return object.Null, object.NewError(object.ValueError, "Invalid value NaN (not a number)")
	}
	if x < 0 {
		return object.Null, object.NewError(object.ValueError, "sleep length must be non-negative")
	}
	// Sleep without the GIL, waking early for a signal (KeyboardInterrupt).
	if err := t.State.(*interp.Thread).Sleep(gotime.Duration(x * 1e9)); err != nil {
		return object.Null, err
	}
	return object.None, nil
}

func timeGetClockInfo(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("get_clock_info", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	name, ok := args[0].AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "get_clock_info() argument 1 must be str, not %s", object.ArgTypeName(args[0]))
	}
	c, ok := clocks[name.String()]
	if !ok {
		return object.Null, object.NewError(object.ValueError, "unknown clock")
	}
	var res unix.Timespec
	unix.ClockGetres(c.id, &res)
	return interp.NewNamespace(
		"implementation", object.StrValue(c.impl),
		"monotonic", object.Bool(c.monotonic),
		"adjustable", object.Bool(c.adjustable),
		"resolution", object.Float(float64(res.Nano())*1e-9),
	), nil
}

// clockIDFunc makes clock_gettime, clock_gettime_ns and clock_getres.
func clockIDFunc(name string, fn func(id int32) (object.Value, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := parseTupleArity(name, args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		id, err := clockID(t, args[0])
		if err != nil {
			return object.Null, err
		}
		return fn(id)
	}}
}

// clockID converts a clock identifier like CPython's "i" argument format:
// through __index__, refusing values outside a C int.
func clockID(t *object.Thread, v object.Value) (int32, error) {
	iv, err := object.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := object.AsInt64(iv)
	switch {
	case !ok:
		return 0, object.NewError(object.OverflowError, "Python int too large to convert to C long")
	case n > math.MaxInt32:
		return 0, object.NewError(object.OverflowError, "signed integer is greater than maximum")
	case n < math.MinInt32:
		return 0, object.NewError(object.OverflowError, "signed integer is less than minimum")
	}
	return int32(n), nil
}

// clockSettimeFunc makes clock_settime and clock_settime_ns: nanos turns
// the time argument into nanoseconds, then clock_settime(2) sets the clock
// (normally refused with EPERM without CAP_SYS_TIME).
func clockSettimeFunc(name, doc string, nanos func(t *object.Thread, v object.Value) (int64, error)) object.MethodDef {
	return object.MethodDef{Name: name, Doc: doc, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.NoKeywords(name, kw); err != nil {
			return object.Null, err
		}
		if len(args) != 2 {
			// CPython names clock_settime in both functions' message.
			return object.Null, object.Errorf(object.TypeError, "clock_settime() takes exactly 2 arguments (%d given)", len(args))
		}
		id, err := clockID(t, args[0])
		if err != nil {
			return object.Null, err
		}
		ns, err := nanos(t, args[1])
		if err != nil {
			return object.Null, err
		}
		ts := unix.NsecToTimespec(ns)
		if err := unix.ClockSettime(id, &ts); err != nil {
			return object.Null, clockErr(err)
		}
		return object.None, nil
	}}
}

func errTimestampTooLarge() error {
	return object.NewError(object.OverflowError, "timestamp too large to convert to C _PyTime_t")
}

// secondsToNanos converts clock_settime's time in seconds, a float
// (rounded toward minus infinity) or an integer, to int64 nanoseconds with
// CPython's errors.
func secondsToNanos(t *object.Thread, v object.Value) (int64, error) {
	if x, ok := object.AsFloat64(v); ok {
		if math.IsNaN(x) {
			return 0, object.NewError(object.ValueError, "Invalid value NaN (not a number)")
		}
		d := math.Floor(x * 1e9)
		if !(d >= math.MinInt64 && d < -math.MinInt64) {
			return 0, object.NewError(object.OverflowError, "timestamp out of range for platform time_t")
		}
		return int64(d), nil
	}
	iv, err := object.Index(t, v)
	if err != nil {
		return 0, err
	}
	sec, ok := object.AsInt64(iv)
	if !ok || sec > math.MaxInt64/1_000_000_000 || sec < math.MinInt64/1_000_000_000 {
		return 0, errTimestampTooLarge()
	}
	return sec * 1_000_000_000, nil
}

// intNanos converts clock_settime_ns's time, which must be an int.
func intNanos(_ *object.Thread, v object.Value) (int64, error) {
	if ns, ok := object.AsInt64(v); ok {
		return ns, nil
	}
	if _, ok := object.AsBigInt(v); ok {
		return 0, errTimestampTooLarge()
	}
	return 0, object.Errorf(object.TypeError, "expect int, got %s", v.Type().Name)
}

func clockErr(err error) error {
	return object.NewOSError(err.(unix.Errno), "")
}

func timeMethods() []object.MethodDef {
	return []object.MethodDef{
		clockFunc("time", unix.CLOCK_REALTIME, false),
		clockFunc("time_ns", unix.CLOCK_REALTIME, true),
		clockFunc("monotonic", unix.CLOCK_MONOTONIC, false),
		clockFunc("monotonic_ns", unix.CLOCK_MONOTONIC, true),
		clockFunc("perf_counter", unix.CLOCK_MONOTONIC, false),
		clockFunc("perf_counter_ns", unix.CLOCK_MONOTONIC, true),
		clockFunc("process_time", unix.CLOCK_PROCESS_CPUTIME_ID, false),
		clockFunc("process_time_ns", unix.CLOCK_PROCESS_CPUTIME_ID, true),
		clockFunc("thread_time", unix.CLOCK_THREAD_CPUTIME_ID, false),
		clockFunc("thread_time_ns", unix.CLOCK_THREAD_CPUTIME_ID, true),
		clockIDFunc("clock_gettime", func(id int32) (object.Value, error) {
			var ts unix.Timespec
			if err := unix.ClockGettime(id, &ts); err != nil {
				return object.Null, clockErr(err)
			}
			return object.Float(float64(ts.Nano()) * 1e-9), nil
		}),
		clockIDFunc("clock_gettime_ns", func(id int32) (object.Value, error) {
			var ts unix.Timespec
			if err := unix.ClockGettime(id, &ts); err != nil {
				return object.Null, clockErr(err)
			}
			return object.Int(ts.Nano()), nil
		}),
		clockIDFunc("clock_getres", func(id int32) (object.Value, error) {
			var ts unix.Timespec
			if err := unix.ClockGetres(id, &ts); err != nil {
				return object.Null, clockErr(err)
			}
			return object.Float(float64(ts.Nano()) * 1e-9), nil
		}),
		clockSettimeFunc("clock_settime", "Set the time of the specified clock clk_id.", secondsToNanos),
		clockSettimeFunc("clock_settime_ns", "Set the time of the specified clock clk_id with nanoseconds.", intNanos),
		{Name: "sleep", Fn: timeSleep, Doc: "Delay execution for a given number of seconds."},
		brokenDown("gmtime", false),
		brokenDown("localtime", true),
		{Name: "mktime", Fn: timeMktime, Doc: "Convert a time tuple in local time to seconds since the Epoch."},
		{Name: "strftime", Fn: timeStrftime, Doc: "Convert a time tuple to a string according to a format specification."},
		{Name: "strptime", Fn: timeStrptime, Doc: "Parse a string to a time tuple according to a format specification."},
		{Name: "asctime", Fn: timeAsctime, Doc: "Convert a time tuple to a string."},
		{Name: "ctime", Fn: timeCtime, Doc: "Convert a time in seconds since the Epoch to a string in local time."},
		{Name: "get_clock_info", Fn: timeGetClockInfo, Doc: "Get information of the specified clock."},
		{Name: "tzset", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("tzset", args, kw, 0, 0); err != nil {
				return object.Null, err
			}
			loadZone()
			if m, ok := t.State.(*interp.Thread).SysModule("time"); ok {
				setZoneAttrs(m)
			}
			return object.None, nil
		}, Doc: "Initialize, or reinitialize, the local timezone to the value of the environment variable TZ."},
	}
}

// loadZone sets localZone from TZ (unset: the system zone; a name Go
// cannot load, such as a POSIX rule string: UTC, as glibc does).
func loadZone() {
	tz, ok := os.LookupEnv("TZ")
	switch {
	case !ok:
		localZone = gotime.Local
	case tz == "":
		localZone = gotime.UTC
	default:
		loc, err := gotime.LoadLocation(strings.TrimPrefix(tz, ":"))
		if err != nil {
			loc = gotime.UTC
		}
		localZone = loc
	}
}

// setZoneAttrs sets timezone, altzone, daylight and tzname from the zone's
// offsets in January and July of this year.
func setZoneAttrs(m *interp.Module) {
	d := m.Dict()
	year := gotime.Now().Year()
	jan := gotime.Date(year, 1, 1, 0, 0, 0, 0, localZone)
	jul := gotime.Date(year, 7, 1, 0, 0, 0, 0, localZone)
	janName, janOff := jan.Zone()
	julName, julOff := jul.Zone()
	std, dst := janName, julName
	stdOff, dstOff := janOff, julOff
	if janOff > julOff { // southern hemisphere: DST in January
		std, dst, stdOff, dstOff = julName, janName, julOff, janOff
	}
	d.SetStr(object.Intern("timezone"), object.Int(int64(-stdOff)))
	d.SetStr(object.Intern("altzone"), object.Int(int64(-dstOff)))
	d.SetStr(object.Intern("daylight"), object.Int(int64(boolInt(janOff != julOff))))
	d.SetStr(object.Intern("tzname"), object.NewTuple(object.StrValue(std), object.StrValue(dst)).AsValue())
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:        "time",
		Doc:         "This module provides various functions to manipulate time values.",
		MakeMethods: timeMethods,
		Setup:       setupTimeTypes,
		Init: func(_ *interp.Thread, m *interp.Module) error {
			d := m.Dict()
			d.SetStr(object.Intern("struct_time"), structTimeType.AsValue())
			for name, id := range map[string]int64{
				"CLOCK_REALTIME": unix.CLOCK_REALTIME, "CLOCK_MONOTONIC": unix.CLOCK_MONOTONIC,
				"CLOCK_MONOTONIC_RAW": unix.CLOCK_MONOTONIC_RAW, "CLOCK_PROCESS_CPUTIME_ID": unix.CLOCK_PROCESS_CPUTIME_ID,
				"CLOCK_THREAD_CPUTIME_ID": unix.CLOCK_THREAD_CPUTIME_ID, "CLOCK_BOOTTIME": unix.CLOCK_BOOTTIME,
				"CLOCK_TAI": unix.CLOCK_TAI,
			} {
				d.SetStr(object.Intern(name), object.Int(id))
			}
			loadZone()
			setZoneAttrs(m)
			return nil
		},
	})
}
