"""A one-track MP4 file (ISO base media file format) around H.264 samples, written by
hand for the seed's placeholder film: ftyp, then moov (so a player can start before the
file is all loaded), then mdat with every sample in one chunk."""

import io
import struct


def box(kind, *parts):
    payload = b"".join(parts)
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def full_box(kind, version, flags, *parts):
    return box(kind, struct.pack(">I", (version << 24) | flags), *parts)


MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
TIMESCALE = 1000


def movie_box(sps, pps, samples, sync, mdat_offset, width, height, fps):
    frame_ticks = TIMESCALE // fps
    duration = frame_ticks * len(samples)
    mvhd = full_box(
        b"mvhd",
        0,
        0,
        struct.pack(">IIII", 0, 0, TIMESCALE, duration),
        struct.pack(">IH", 0x10000, 0x100),
        bytes(10),
        MATRIX,
        bytes(24),
        struct.pack(">I", 2),
    )
    tkhd = full_box(
        b"tkhd",
        0,
        3,
        struct.pack(">IIIII", 0, 0, 1, 0, duration),
        bytes(8),
        struct.pack(">hhhH", 0, 0, 0, 0),
        MATRIX,
        struct.pack(">II", width << 16, height << 16),
    )
    mdhd = full_box(b"mdhd", 0, 0, struct.pack(">IIIIHH", 0, 0, TIMESCALE, duration, 0x55C4, 0))
    hdlr = full_box(b"hdlr", 0, 0, struct.pack(">I4s", 0, b"vide"), bytes(12), b"Placeholder\0")
    avcc = box(
        b"avcC",
        bytes([1, sps[1], sps[2], sps[3], 0xFF, 0xE1]),
        struct.pack(">H", len(sps)),
        sps,
        bytes([1]),
        struct.pack(">H", len(pps)),
        pps,
    )
    avc1 = box(
        b"avc1",
        bytes(6),
        struct.pack(">H", 1),
        bytes(16),
        struct.pack(">HHIIIH", width, height, 0x480000, 0x480000, 0, 1),
        bytes(32),
        struct.pack(">Hh", 0x18, -1),
        avcc,
    )
    stbl = box(
        b"stbl",
        full_box(b"stsd", 0, 0, struct.pack(">I", 1), avc1),
        full_box(b"stts", 0, 0, struct.pack(">III", 1, len(samples), frame_ticks)),
        full_box(b"stss", 0, 0, struct.pack(f">I{len(sync)}I", len(sync), *sync)),
        full_box(b"stsc", 0, 0, struct.pack(">IIII", 1, 1, len(samples), 1)),
        full_box(
            b"stsz",
            0,
            0,
            struct.pack(f">II{len(samples)}I", 0, len(samples), *map(len, samples)),
        ),
        full_box(b"stco", 0, 0, struct.pack(">II", 1, mdat_offset)),
    )
    dinf = box(b"dinf", full_box(b"dref", 0, 0, struct.pack(">I", 1), full_box(b"url ", 0, 1)))
    minf = box(b"minf", full_box(b"vmhd", 0, 1, bytes(8)), dinf, stbl)
    return box(b"moov", mvhd, box(b"trak", tkhd, box(b"mdia", mdhd, hdlr, minf)))


def mp4_file(sps, pps, samples, sync, *, width, height, fps):
    """MP4 bytes for length-prefixed H.264 samples; `sync` numbers the IDR samples from 1."""
    ftyp = box(b"ftyp", b"isom", struct.pack(">I", 0x200), b"isomiso2avc1mp41")
    # The chunk offset does not change the movie box's size: measure, then fill it in.
    size = len(movie_box(sps, pps, samples, sync, 0, width, height, fps))
    moov = movie_box(sps, pps, samples, sync, len(ftyp) + size + 8, width, height, fps)
    out = io.BytesIO()
    out.write(ftyp)
    out.write(moov)
    out.write(box(b"mdat", *samples))
    return out.getvalue()
