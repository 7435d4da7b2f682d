# SPDX-License-Identifier: MIT
"""Recreates the binary samples used by tests/core/tst_source.cpp.

Run with the system Python (it has torch, numpy, joblib and lz4):

    /usr/bin/python3 tests/core/data/source/make_samples.py

Every sample is written next to this script. The outputs are deterministic except where a
library embeds its own choices (torch storage keys, joblib framing); the tests only rely on
properties that stay the same across runs.
"""

import bz2
import gzip
import io
import lzma
import os
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# --------------------------------------------------------------------------------------------
# Compressed payloads (each decompresses to payload.bin)

PAYLOAD = b"PickleScope sample payload\n" * 200 + bytes(range(256)) * 8


def zfile(data, level=1, extra_space=False):
    """joblib numpy_pickle_compat.write_zfile: b'ZF' + hex(len).ljust(19) + zlib data."""
    header = b"ZF" + hex(len(data)).encode().ljust(19)
    if extra_space:  # Python 2 / joblib <= 0.8.4 wrote one more space
        header += b" "
    return header + zlib.compress(data, level)


def make_compressed():
    import lz4.frame

    out("payload.bin", PAYLOAD)
    out("payload.zlib", zlib.compress(PAYLOAD, 6))
    out("payload.gz", gzip.compress(PAYLOAD, mtime=0))
    out("payload_2members.gz",
        gzip.compress(PAYLOAD[:5000], mtime=0) + gzip.compress(PAYLOAD[5000:], mtime=0))
    out("payload.bz2", bz2.compress(PAYLOAD))
    out("payload.xz", lzma.compress(PAYLOAD, format=lzma.FORMAT_XZ))
    out("payload.lzma", lzma.compress(PAYLOAD, format=lzma.FORMAT_ALONE))
    out("payload.lz4", lz4.frame.compress(PAYLOAD))
    out("payload.zf", zfile(PAYLOAD))
    out("payload_py2.zf", zfile(PAYLOAD, extra_space=True))
    # A zlib stream followed by junk: decodes, with a trailing-bytes warning.
    out("payload_trailing.zlib", zlib.compress(PAYLOAD, 6) + b"JUNK")


def make_joblib():
    import joblib
    import numpy as np

    obj = {"a": np.arange(5.0), "name": "sample"}
    joblib.dump(obj, os.path.join(HERE, "jl_plain.joblib"))
    for method in ("zlib", "gzip", "bz2", "xz", "lzma", "lz4"):
        joblib.dump(obj, os.path.join(HERE, "jl_%s.joblib" % method), compress=(method, 3))


# --------------------------------------------------------------------------------------------
# PyTorch

def make_torch():
    import torch

    # The zip archive's folder is the file's stem in torch 1.13: "torch_zip/".
    torch.save({"w": torch.arange(6.0)}, os.path.join(HERE, "torch_zip.pt"))
    torch.save({"w": torch.arange(6.0),
                "i": torch.arange(3, dtype=torch.int16),
                "b": torch.tensor([True, False])},
               os.path.join(HERE, "torch_legacy.pt"), _use_new_zipfile_serialization=False)
    out("torch_legacy.layout.txt", legacy_layout(os.path.join(HERE, "torch_legacy.pt")).encode())


def legacy_layout(path):
    """Where the storages of a legacy torch file start, and each key's element size, found by
    reading the five pickles without torch (so the test needs no pickle parser)."""
    import pickle

    sizes = {"DoubleStorage": 8, "FloatStorage": 4, "HalfStorage": 2, "LongStorage": 8,
             "IntStorage": 4, "ShortStorage": 2, "CharStorage": 1, "ByteStorage": 1,
             "BoolStorage": 1, "BFloat16Storage": 2}
    storage_types = {}

    class Reader(pickle.Unpickler):
        def find_class(self, module, name):
            if name.endswith("Storage"):
                return name
            return lambda *args, **kwargs: None

        def persistent_load(self, pid):
            if pid[0] == "storage":
                storage_types[pid[2]] = pid[1]
            return None

    with open(path, "rb") as f:
        for _ in range(3):  # magic, protocol version, sys_info
            pickle.load(f)
        Reader(f).load()
        keys = pickle.load(f)
        tail = f.tell()
    lines = ["tail %d" % tail]
    for key in keys:
        lines.append("key %s %d" % (key, sizes[storage_types[key]]))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# Hand-made ZIP archives (full control over every field)

def build_zip(entries, zip64=False, prefix=b"", comment=b""):
    """entries: dicts with name, data and optional overrides:
    local_name, flags, local_flags, crc, csize, usize, lho, method."""
    body = bytearray(prefix)
    central = bytearray()
    for e in entries:
        name = e["name"].encode()
        local_name = e.get("local_name", e["name"]).encode()
        data = e["data"]
        method = e.get("method", 0)
        stored = data if method == 0 else zlib.compress(data)[2:-4]
        crc = e.get("crc", zlib.crc32(data))
        csize = e.get("csize", len(stored))
        usize = e.get("usize", len(data))
        flags = e.get("flags", 0)
        local_flags = e.get("local_flags", flags)
        lho = len(body) - len(prefix)  # offsets are relative to the archive start
        lho = e.get("lho", lho)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, local_flags, method, 0, 0x21,
                            crc, len(stored) if "csize" not in e else csize & 0xFFFFFFFF,
                            len(data) if "usize" not in e else usize & 0xFFFFFFFF,
                            len(local_name), 0)
        body += local_name + stored
        if zip64:
            extra = struct.pack("<HHQQQ", 1, 24, usize, csize, lho)
            c32, u32, o32 = 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF
        else:
            extra = b""
            c32, u32, o32 = csize & 0xFFFFFFFF, usize & 0xFFFFFFFF, lho & 0xFFFFFFFF
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45 if zip64 else 20,
                               45 if zip64 else 20, flags, method, 0, 0x21, crc, c32, u32,
                               len(name), len(extra), 0, 0, 0, 0, o32)
        central += name + extra
    cd_offset = len(body) - len(prefix)
    archive = bytearray(body) + central
    if zip64:
        z64_offset = len(archive) - len(prefix)
        archive += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, len(entries),
                               len(entries), len(central), cd_offset)
        archive += struct.pack("<IIQI", 0x07064B50, 0, z64_offset, 1)
        archive += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF,
                               0xFFFFFFFF, len(comment))
    else:
        archive += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                               len(central), cd_offset, len(comment))
    return bytes(archive + comment)


PKL = b"\x80\x02}q\x00X\x01\x00\x00\x00aq\x01K\x01s."  # {'a': 1}, protocol 2


def make_zips():
    base = [{"name": "archive/data.pkl", "data": PKL},
            {"name": "archive/data/0", "data": bytes(range(24))},
            {"name": "archive/version", "data": b"3\n"}]

    # Real zipfile output, stored and deflated.
    for name, method in (("zip_stored.zip", zipfile.ZIP_STORED),
                         ("zip_deflate.zip", zipfile.ZIP_DEFLATED)):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", method) as z:
            for e in base:
                info = zipfile.ZipInfo(e["name"], date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = method
                z.writestr(info, e["data"])
            z.writestr(zipfile.ZipInfo("archive/big.bin", date_time=(1980, 1, 1, 0, 0, 0)),
                       b"\0" * 4096, compress_type=method)
        out(name, buf.getvalue())

    out("zip_handmade.zip", build_zip(base))
    out("zip_crc_mismatch.zip", build_zip([dict(base[0], crc=0x12345678)] + base[1:]))
    out("zip_name_mismatch.zip",
        build_zip([dict(base[0], local_name="archive/data.txt")] + base[1:]))
    out("zip_flags.zip", build_zip([dict(base[0], flags=0x1), dict(base[1], flags=0x20),
                                    dict(base[2], flags=0x40)]))
    out("zip_duplicate.zip", build_zip(base + [dict(base[0], data=b"\x80\x02N.")]))
    good = build_zip(base)
    out("zip_truncated_eocd.zip", good[:-10])
    # 2 GiB declared in a tiny file (PyTorch #185440 shape).
    out("zip_size_past_eof.zip",
        build_zip([base[0], dict(base[1], csize=0x80000000, usize=0x80000000), base[2]]))
    out("zip_bad_local_offset.zip", build_zip([base[0], dict(base[1], lho=0x7FFFFFF0), base[2]]))
    out("zip64.zip", build_zip(base, zip64=True))
    out("zip_prefixed.zip", build_zip(base, prefix=b"#" * 100))
    out("zip_deflate_handmade.zip",
        build_zip([dict(base[0], method=8), dict(base[1], method=8), base[2]]))
    # Deflate data whose central directory under-declares the size (inflates to more).
    out("zip_deflate_undersized.zip",
        build_zip([dict(base[0], method=8, usize=5), base[1], base[2]]))
    # Several data.pkl folders: torch would pick the first entry's folder.
    out("zip_two_datapkl.zip",
        build_zip(base + [{"name": "other/data.pkl", "data": PKL}]))


# --------------------------------------------------------------------------------------------
# .npy

def npy_raw(header_text, data=b"", version=(1, 0)):
    header = header_text.encode("latin1")
    if version == (1, 0):
        pre = b"\x93NUMPY\x01\x00"
        total = len(pre) + 2 + len(header) + 1
        header += b" " * ((64 - total % 64) % 64) + b"\n"
        return pre + struct.pack("<H", len(header)) + header + data
    pre = b"\x93NUMPY" + bytes(version)
    total = len(pre) + 4 + len(header) + 1
    header += b" " * ((64 - total % 64) % 64) + b"\n"
    return pre + struct.pack("<I", len(header)) + header + data


def make_npy():
    import numpy as np
    from numpy.lib import format as npformat

    np.save(os.path.join(HERE, "npy_f8.npy"), np.arange(3.0))
    np.save(os.path.join(HERE, "npy_fortran.npy"),
            np.asfortranarray(np.arange(6, dtype="<i4").reshape(2, 3)))
    dt = np.dtype([(("Title A", "a"), "<i4"), ("b", "<f8", (2,)), ("c", [("x", "u1")])])
    np.save(os.path.join(HERE, "npy_struct.npy"), np.zeros(2, dtype=dt))
    for version in ((2, 0), (3, 0)):
        buf = io.BytesIO()
        arr = np.zeros(1, dtype=[("\u00e9t\u00e9", "<f4")]) if version == (3, 0) else np.arange(2)
        npformat.write_array(buf, arr, version=version)
        out("npy_v%d.npy" % version[0], buf.getvalue())
    np.save(os.path.join(HERE, "npy_object.npy"),
            np.array([1, "two", None], dtype=object), allow_pickle=True)
    # Python 2 era header with long literals.
    out("npy_py2.npy", npy_raw("{'descr': '<i8', 'fortran_order': False, 'shape': (2L, 3L), }",
                               bytes(48)))


def main():
    make_compressed()
    make_joblib()
    make_torch()
    make_zips()
    make_npy()


if __name__ == "__main__":
    sys.exit(main())
