// strptime.go: time.strptime in the C locale, as CPython's _strptime
// module parses (a format's whitespace matches any run of whitespace,
// letters match case-insensitively).

package stdlib

import (
	"strings"
	gotime "time"
	"unicode"

	"github.com/adderpy/adder/object"
)

// parsedTime collects what strptime's directives found.
type parsedTime struct {
	year, mon, mday, hour, min, sec, yday, wday int
	hour12, pm, hasAMPM, hasYday, hasWday       bool
	zone                                        string
	hasZone, hasOff                             bool
	gmtoff, isdst                               int
}

type strptimeError struct{}

func (strptimeError) Error() string { return "no match" }

// parseTime matches text against format.
func parseTime(text, format string) (*parsedTime, string, error) {
	p := &parsedTime{year: 1900, mon: 1, mday: 1, isdst: -1}
	s := text
	fail := strptimeError{}
	num := func(minW, maxW int) (int, bool) {
		n, i := 0, 0
		for i < maxW && i < len(s) && s[i] >= '0' && s[i] <= '9' {
			n = n*10 + int(s[i]-'0')
			i++
		}
		if i < minW || i == 0 {
			return 0, false
		}
		s = s[i:]
		return n, true
	}
	name := func(names []string, abbrev bool) (int, bool) {
		for i, n := range names {
			if abbrev {
				n = n[:3]
			}
			if len(s) >= len(n) && strings.EqualFold(s[:len(n)], n) {
				s = s[len(n):]
				return i, true
			}
		}
		return 0, false
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == ' ' || c == '\t' || c == '\n' {
			j := 0
			for j < len(s) && unicode.IsSpace(rune(s[j])) {
				j++
			}
			if j == 0 {
				return nil, "", fail
			}
			s = s[j:]
			for i+1 < len(format) && (format[i+1] == ' ' || format[i+1] == '\t' || format[i+1] == '\n') {
				i++
			}
			continue
		}
		if c != '%' || i+1 == len(format) {
			if len(s) == 0 || !strings.EqualFold(s[:1], string(c)) {
				return nil, "", fail
			}
			s = s[1:]
			continue
		}
		i++
		ok := true
		var n int
		switch d := format[i]; d {
		case 'Y':
			p.year, ok = num(4, 4)
		case 'y':
			if n, ok = num(2, 2); ok {
				p.year = 1900 + n
				if n < 69 {
					p.year = 2000 + n
				}
			}
		case 'm':
			p.mon, ok = num(1, 2)
			ok = ok && p.mon >= 1 && p.mon <= 12
		case 'd':
			p.mday, ok = num(1, 2)
			ok = ok && p.mday >= 1 && p.mday <= 31
		case 'H':
			p.hour, ok = num(1, 2)
			ok = ok && p.hour <= 23
		case 'I':
			p.hour, ok = num(1, 2)
			ok = ok && p.hour >= 1 && p.hour <= 12
			p.hour12 = true
		case 'M':
			p.min, ok = num(1, 2)
			ok = ok && p.min <= 59
		case 'S':
			p.sec, ok = num(1, 2)
			ok = ok && p.sec <= 61
		case 'f':
			_, ok = num(1, 6)
		case 'j':
			p.yday, ok = num(1, 3)
			ok = ok && p.yday >= 1 && p.yday <= 366
			p.hasYday = true
		case 'b', 'h':
			if n, ok = name(monthNames, false); !ok {
				n, ok = name(monthNames, true)
			}
			p.mon = n + 1
		case 'B':
			n, ok = name(monthNames, false)
			p.mon = n + 1
		case 'a':
			if n, ok = name(dayNames, false); !ok {
				n, ok = name(dayNames, true)
			}
			p.wday, p.hasWday = (n+6)%7, true
		case 'A':
			n, ok = name(dayNames, false)
			if !ok {
				n, ok = name(dayNames, true)
			}
			p.wday, p.hasWday = (n+6)%7, true
		case 'w':
			n, ok = num(1, 1)
			ok = ok && n <= 6
			p.wday, p.hasWday = (n+6)%7, true
		case 'u':
			n, ok = num(1, 1)
			ok = ok && n >= 1 && n <= 7
			p.wday, p.hasWday = n-1, true
		case 'U', 'W':
			n, ok = num(1, 2)
			ok = ok && n <= 53
		case 'p':
			switch {
			case len(s) >= 2 && strings.EqualFold(s[:2], "am"):
				p.hasAMPM = true
			case len(s) >= 2 && strings.EqualFold(s[:2], "pm"):
				p.hasAMPM, p.pm = true, true
			default:
				ok = false
			}
			if ok {
				s = s[2:]
			}
		case 'z':
			ok = p.parseOffset(&s)
		case 'Z':
			j := 0
			for j < len(s) && unicode.IsLetter(rune(s[j])) {
				j++
			}
			zone := s[:j]
			switch up := strings.ToUpper(zone); up {
			case "UTC", "GMT":
				p.isdst = 0
			default:
				ok = false
				for k, z := range localZoneNames() {
					if strings.EqualFold(z, zone) && z != "" {
						p.isdst, ok = k, true
					}
				}
			}
			if ok {
				p.zone, p.hasZone = zone, true
				s = s[j:]
			}
		case '%':
			ok = len(s) > 0 && s[0] == '%'
			if ok {
				s = s[1:]
			}
		case 'c', 'x', 'X', 'D', 'T', 'R', 'F':
			sub := map[byte]string{'c': "%a %b %d %H:%M:%S %Y", 'x': "%m/%d/%y", 'X': "%H:%M:%S",
				'D': "%m/%d/%y", 'T': "%H:%M:%S", 'R': "%H:%M", 'F': "%Y-%m-%d"}[d]
			format = format[:i-1] + sub + format[i+1:]
			i -= 2
		default:
			return nil, string(d), nil
		}
		if !ok {
			return nil, "", fail
		}
	}
	return p, s, nil
}

// parseOffset parses %z: Z, or ±HHMM[SS[.ffffff]] with optional colons.
func (p *parsedTime) parseOffset(s *string) bool {
	t := *s
	if len(t) > 0 && (t[0] == 'Z' || t[0] == 'z') {
		*s, p.hasOff, p.gmtoff = t[1:], true, 0
		return true
	}
	if len(t) < 5 || (t[0] != '+' && t[0] != '-') {
		return false
	}
	sign := 1
	if t[0] == '-' {
		sign = -1
	}
	t = t[1:]
	var parts [3]int
	for k := 0; k < 3; k++ {
		if k > 0 && len(t) > 0 && t[0] == ':' {
			t = t[1:]
		}
		if len(t) < 2 || t[0] < '0' || t[0] > '9' || t[1] < '0' || t[1] > '9' {
			if k < 2 {
				return false
			}
			break
		}
		parts[k] = int(t[0]-'0')*10 + int(t[1]-'0')
		t = t[2:]
	}
	p.gmtoff = sign * (parts[0]*3600 + parts[1]*60 + parts[2])
	p.hasOff = true
	*s = t
	return true
}

// localZoneNames returns time.tzname as a slice (standard, daylight).
func localZoneNames() []string {
	year := gotime.Now().Year()
	a, _ := gotime.Date(year, 1, 1, 0, 0, 0, 0, localZone).Zone()
	b, _ := gotime.Date(year, 7, 1, 0, 0, 0, 0, localZone).Zone()
	if a == b {
		return []string{a}
	}
	return []string{a, b}
}

func timeStrptime(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("strptime", args, kw, 1, 2); err != nil {
		return object.Null, err
	}
	text, ok := args[0].AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "strptime() argument 0 must be str, not <class '%s'>", args[0].Type().Name)
	}
	format := "%a %b %d %H:%M:%S %Y"
	if len(args) == 2 {
		f, ok := args[1].AsStr()
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "strptime() argument 1 must be str, not <class '%s'>", args[1].Type().Name)
		}
		format = f.String()
	}
	p, rest, err := parseTime(text.String(), format)
	if err != nil {
		tr, _ := object.Repr(t, args[0])
		return object.Null, object.Errorf(object.ValueError, "time data %s does not match format %s", tr, quoteRepr(t, format))
	}
	if p == nil {
		return object.Null, object.Errorf(object.ValueError, "'%s' is a bad directive in format %s", rest, quoteRepr(t, format))
	}
	if rest != "" {
		return object.Null, object.Errorf(object.ValueError, "unconverted data remains: %s", rest)
	}
	if p.hour12 && p.hasAMPM {
		p.hour %= 12
		if p.pm {
			p.hour += 12
		}
	}
	var date gotime.Time
	if p.hasYday {
		date = gotime.Date(p.year, 1, p.yday, 0, 0, 0, 0, gotime.UTC)
		p.mon, p.mday = int(date.Month()), date.Day()
	} else {
		date = gotime.Date(p.year, gotime.Month(p.mon), p.mday, 0, 0, 0, 0, gotime.UTC)
		if date.Day() != p.mday {
			return object.Null, object.NewError(object.ValueError, "day is out of range for month")
		}
	}
	wday := int((date.Weekday() + 6) % 7)
	if p.hasWday {
		wday = p.wday // CPython keeps a parsed weekday even when it disagrees
	}
	zone, off := object.None, object.None
	if p.hasZone {
		zone = object.StrValue(p.zone)
	}
	if p.hasOff {
		off = object.Int(int64(p.gmtoff))
	}
	return object.NewStructSeq(structTimeType, []object.Value{
		object.Int(int64(p.year)), object.Int(int64(p.mon)), object.Int(int64(p.mday)),
		object.Int(int64(p.hour)), object.Int(int64(p.min)), object.Int(int64(p.sec)),
		object.Int(int64(wday)), object.Int(int64(date.YearDay())), object.Int(int64(p.isdst)),
		zone, off,
	}), nil
}

func quoteRepr(t *object.Thread, s string) string {
	r, err := object.Repr(t, object.StrValue(s))
	if err != nil {
		return s
	}
	return r.String()
}
