"""Secure hashes and message digests (Adder: md5, sha1, sha2, sha3 and
shake come from the _hashlib module, blake2b/blake2s from _blake2, both
written in Go)."""

import _hashlib
from _blake2 import blake2b, blake2s

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = algorithms_guaranteed | set(_hashlib.openssl_md_meth_names)

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac', 'file_digest')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256

pbkdf2_hmac = _hashlib.pbkdf2_hmac
scrypt = _hashlib.scrypt

_blake2_constructors = {'blake2b': blake2b, 'blake2s': blake2s}


def new(name, data=b'', **kwargs):
    """A hash object of the named algorithm, fed data (bytes-like)."""
    constructor = _blake2_constructors.get(name)
    if constructor is not None:
        return constructor(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """A hash object fed the contents of fileobj (a binary file or
    BytesIO); digest is an algorithm name or a callable making a hash."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, "getbuffer"):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, "read") and hasattr(fileobj, "readable") and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode."
        )
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
