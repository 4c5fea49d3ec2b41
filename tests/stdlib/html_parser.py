# html.escape/unescape, html.entities tables, and HTMLParser events on
# ordinary and malformed HTML, fed whole, in pieces and one char at a time.
import html
import html.entities
from html.parser import HTMLParser

print(html.escape('<a href="x">&\'</a>'), html.escape('<"\'>', quote=False))
for s in ['&amp; &lt;&gt; &quot;&apos;', '&notit; &notin; &not', '&ampx &amp;x &AMP;',
          '&#65;&#x41;&#X42;&#65', '&#0; &#13; &#128; &#129; &#150; &#xD800; &#1114112;',
          '&#1; &#11; &#x7f; &#xfdd0; &#xfffe; &#x10ffff; &#xa0;', '&#; &#x; &; & x',
          '&unknown; &zz &eacute &Eacute; &frac12x', 'no refs', '&' * 3,
          '&thinsp;&ThinSpace;&NotEqualTilde;&bne;', '&' + 'a' * 40 + ';']:
    print(repr(html.unescape(s)))
e = html.entities
print(len(e.html5), len(e.name2codepoint), len(e.codepoint2name), len(e.entitydefs))
print(e.html5['amp;'], e.html5['amp'], e.name2codepoint['eacute'], e.codepoint2name[233],
      repr(e.entitydefs['nbsp']), sorted(e.__all__))
print(sum(map(len, e.html5.values())), sum(e.name2codepoint.values()))


class Dumper(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(('end', tag, self.getpos()))

    def handle_data(self, data):
        if self.events and self.events[-1][0] == 'data':
            self.events[-1] = ('data', self.events[-1][1] + data)
        else:
            self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, data):
        self.events.append(('decl', data))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def unknown_decl(self, data):
        self.events.append(('unknown', data))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))


docs = [
    '<!DOCTYPE html>\n<html lang="en"><head><title>T &amp; t</title></head>\n'
    '<body class=main id=\'b\' hidden><p>Hello, <b>world</b>!<br/><br /><img src="a.png" alt="A &lt; B"/>\n'
    '<!-- a comment --><a HREF="http://x/?a=1&amp;b=2" data-X = "y">link</a></p></body></html>\n',
    '<script type="text/javascript">if (a < b && c > d) { x = "</p>"; }</script><p>after</p>',
    '<style>p > a { color: red }</STYLE ><p>x</p>',
    '<?xml version="1.0"?><![CDATA[ raw <stuff> ]]><![if !IE]>x<![endif]>',
    '<!bogus comment><!--x--!><!----><!-- a -- b --   >',
    '</><a></ b ><p></p  ><x:y z:w="1"></x:y></p class="x">',
    'a < b and c<d and 1<2 & 3 &amp; &#65; &#x42; &unknown; &copy &copyx; tail&',
    '<a b=\'c\'d="e" f g=h/ i=  j k==l><a x="unterminated><b>',
    '<div\n  id="multi"\n  class="line">\nline2\n</div>\n<p>\n</p>',
    '<a ==x>t</a><a "q"=1>t</a><a/b>t</a><a / >t</a><a //>',
    '<p>unclosed <b', '<p>unclosed <!-- comment', 'text &am', 'text &#12', '<scrIPT>var s="<b>"</script>',
    '<a href=x>&lt;&#62;&#x3c;&amp;text&nbsp;x</a>', '<br\x00/>', '<!DOCTYPE', '<![CDATA[x',
    '<img src=a.png\talt=b\nwidth=3>', '<a b="1" b="2" B=3>', '<1a><a1>x</a1></1a>',
]
for doc in docs:
    for conv in (True, False):
        whole = Dumper(convert_charrefs=conv)
        whole.feed(doc)
        whole.close()
        bychar = Dumper(convert_charrefs=conv)
        for c in doc:
            bychar.feed(c)
        bychar.close()
        print(conv, whole.events)
        strip = lambda ev: [x[:3] for x in ev if x[0] != 'data']
        print('  same by char:', strip(whole.events) == strip(bychar.events),
              ''.join(x[1] for x in whole.events if x[0] == 'data') ==
              ''.join(x[1] for x in bychar.events if x[0] == 'data'))

p = Dumper()
p.feed('<a>abc')
print(p.events, repr(p.rawdata), p.getpos())
p.feed('</a>')
print(p.events[-2:], p.lasttag, p.getpos())
p.reset()
print(p.rawdata, p.lasttag, p.getpos(), p.cdata_elem)
try:
    Dumper().feed('<![foo[ x ]]>')
except AssertionError as ex:
    print('AssertionError', ex)
print(HTMLParser.CDATA_CONTENT_ELEMENTS, HTMLParser().convert_charrefs)
print(sorted(n for n in dir(HTMLParser) if not n.startswith('_') and n not in
             ('error', 'parse_declaration', 'unknown_decl')))
