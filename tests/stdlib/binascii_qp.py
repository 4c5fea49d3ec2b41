# binascii.a2b_qp / b2a_qp: fixed cases, argument handling, and a
# differential sweep over pseudo-random data (its outputs are hashed).
import binascii
import hashlib

cases = [b'', b'hello', b'a=b', b'caf\xc3\xa9', b'tab\tend\t', b'space end ', b'.', b'.\n', b'a\n.\nb',
         b'line1\r\nline2 \r\nline3\t\r\n', b'x' * 80, b'x' * 74 + b'=', b'x' * 75 + b'\n' + b'y' * 76,
         b'under_score and space', b'\x00\x01\r\x7f\x80', b'cr\ronly', b'a' * 73 + b' \n']
for data in cases:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        enc = binascii.b2a_qp(data, **kw)
        print(repr(data)[:40], kw, enc, binascii.a2b_qp(enc, header=kw.get('header', False)) == data)
for text in ['=41=42', 'soft=\nbreak', 'soft=\r\nbreak', 'soft=  \r\nx', 'lone=', 'bad=zz', 'bad=4', '==3D',
             'a_b', '=\n', '=', '=4', '=a1=B2', b'x=\rrest']:
    print(repr(text), binascii.a2b_qp(text), binascii.a2b_qp(text, header=True))
for f in [lambda: binascii.b2a_qp(b'x', quotetabs='a'), lambda: binascii.b2a_qp('x'),
          lambda: binascii.a2b_qp(b'x', header=1.5), lambda: binascii.a2b_qp('\xe9'),
          lambda: binascii.b2a_qp(b'x', 2**40), lambda: binascii.a2b_qp(),
          lambda: binascii.b2a_qp(data=b'a=b', quotetabs=True, istext=False, header=True),
          lambda: binascii.a2b_qp(data='a=3Db_', header=True), lambda: binascii.b2a_qp(bytearray(b' '), True, False),
          lambda: binascii.a2b_qp(memoryview(b'=41'))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

alphabet = b' \t\r\n=._aZ09Ff\x00\x7f\x80\xff'
state = 12345
h = hashlib.sha256()
for n in range(3000):
    state = (state * 1103515245 + 12345) % 2**31
    length = state % 120
    data = bytearray()
    for _ in range(length):
        state = (state * 1103515245 + 12345) % 2**31
        data.append(alphabet[(state >> 8) % len(alphabet)])
    flags = (state >> 4) % 8
    enc = binascii.b2a_qp(data, quotetabs=flags & 1, istext=flags & 2, header=flags & 4)
    h.update(enc + b'|' + binascii.a2b_qp(data, header=flags & 4) + b'|' + binascii.a2b_qp(enc, header=flags & 4) + b'#')
print(h.hexdigest())
