# csv: reading quoted, escaped and multi-line fields in several dialects,
# writing with every quoting mode, DictReader/DictWriter, dialect
# registry, errors.
import csv
import io

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__, csv.list_dialects())
text = 'a,b,c\r\n1,"two, too","say ""hi"""\r\n"multi\nline",,x\r\n\r\n"",  sp,end\n'
print(list(csv.reader(io.StringIO(text, newline=""))))
print(list(csv.reader(text.splitlines(keepends=True))))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)), list(csv.reader(["a\\,b,c"], escapechar="\\")))
print(list(csv.reader(['"a\\"b",c'], escapechar="\\", doublequote=False)), list(csv.reader(["a\tb"], dialect="excel-tab")))
print(list(csv.reader(['1,"x",2.5'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(['"a",b'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(["a,b\"c", 'x,"y"z'])), list(csv.reader([""])), list(csv.reader(["", "a"])), list(csv.reader([","])))
r = csv.reader(["a,b", "c,d"])
print(next(r), r.line_num, r.dialect.delimiter, r.dialect.quoting, r.dialect.lineterminator == "\r\n")
for f in [lambda: list(csv.reader(['a,"b'], strict=True)), lambda: list(csv.reader(['a,"b'])),
          lambda: list(csv.reader(['a,"b"c'], strict=True)), lambda: list(csv.reader([1])),
          lambda: list(csv.reader(["a\rb"])), lambda: csv.get_dialect("nope"), lambda: csv.unregister_dialect("nope"),
          lambda: csv.reader(["a"], delimiter="ab"), lambda: csv.reader(["a"], quotechar=""),
          lambda: csv.reader(["a"], quoting=99), lambda: csv.reader(["a"], bogus=1)]:
    show(f)

rows = [["a", "b c", 'q"uote', "com,ma", "new\nline", "", None, 3, 2.5, True]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting)
    print(w.writerow(rows[0]), repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'c"d', "e\\f"])
w.writerows([["x"], [1, 2]])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, dialect="unix")
w.writerow(["u", 1])
w = csv.writer(out, delimiter="|", lineterminator="\n", doublequote=False, escapechar="\\")
w.writerow(['p|q', 'r"s'])
w.writerow([""])
w.writerow([])
print(repr(out.getvalue()))
for f in [lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]), lambda: csv.writer(io.StringIO()).writerow(5),
          lambda: csv.writer(io.StringIO(), doublequote=False).writerow(['a"b'])]:
    show(f)

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(csv.list_dialects(), csv.get_dialect("pipes").delimiter, list(csv.reader(['"a"|"b"'], "pipes")))
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
out = io.StringIO()
csv.writer(out, Semi).writerow(["x;y", "z"])
print(repr(out.getvalue()), list(csv.reader(out.getvalue().splitlines(), Semi())))
csv.unregister_dialect("pipes")
print(csv.list_dialects())

src = io.StringIO("name,age,city\nann,30,paris\nbob,25\n\ncy,40,rome,extra\n")
dr = csv.DictReader(src, restval="?", restkey="more")
print(dr.fieldnames, list(dr), dr.line_num)
print(list(csv.DictReader(["1,2"], fieldnames=["x", "y"])))
out = io.StringIO()
dw = csv.DictWriter(out, ["name", "age"], restval="-")
dw.writeheader()
dw.writerow({"name": "ann", "age": 30})
dw.writerows([{"name": "bob"}, {"age": 5}])
print(repr(out.getvalue()))
show(lambda: dw.writerow({"name": "x", "zzz": 1}))
print(repr(csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore").writerow({"a": 1, "b": 2})))
show(lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="bad"))
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
show(lambda: list(csv.reader(["x" * 11])))
csv.field_size_limit(131072)
