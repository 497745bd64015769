"""The seed's placeholder film, made here in plain Python: no ffmpeg, nothing downloaded.

A short silent H.264 video in an MP4 file, which plays in Chromium, Safari and WeChat
on iOS and Android alike. Every picture is stored uncompressed (H.264's I_PCM
macroblocks) and a picture that repeats the previous one is sent as "skip every
macroblock", so the file stays small for a few title cards and a progress bar
without any real encoder. The cards say "PLACEHOLDER FILM" in large letters; the
captions (WebVTT, both languages) say it too.
"""

import struct

from PIL import Image, ImageDraw, ImageFont

from exhibits.seed import mp4

WIDTH, HEIGHT = 320, 180
FPS = 10
SECONDS_PER_CARD = 3
# The cards, in order; each is held for SECONDS_PER_CARD with a progress bar running.
CARDS = (
    ("PLACEHOLDER FILM", "not a documentary"),
    ("PLACEHOLDER FILM", "captions: Chinese / English"),
    ("PLACEHOLDER FILM", "to be replaced by the district's film"),
    ("PLACEHOLDER FILM", "end"),
)
# The captions of each card, in both languages; a film's captions follow its cards.
CAPTIONS = {
    "zh-hans": (
        "占位影片：这不是纪录片。",
        "字幕有中文和英文两种。",
        "正式的纪录短片上传后将替换此片。",
        "占位影片结束。",
    ),
    "en": (
        "Placeholder film: this is not a documentary.",
        "Captions come in Chinese and English.",
        "The district's documentary will replace it once uploaded.",
        "End of the placeholder film.",
    ),
}
MB = 16  # macroblock size in luma samples
BAR_HEIGHT = 8


def duration_seconds():
    return len(CARDS) * SECONDS_PER_CARD


def captions_vtt(language):
    """The placeholder film's WebVTT captions in one language ("zh-hans" or "en")."""
    lines = ["WEBVTT", ""]
    for number, text in enumerate(CAPTIONS[language]):
        start = number * SECONDS_PER_CARD
        end = start + SECONDS_PER_CARD
        lines += [str(number + 1), f"00:00:{start:02d}.000 --> 00:00:{end:02d}.000", text, ""]
    return "\n".join(lines).encode()


# --- Pictures -----------------------------------------------------------------------


def card_picture(number, progress):
    """One frame: the card's text on a dark ground, a progress bar along the bottom."""
    title, subtitle = CARDS[number]
    image = Image.new("RGB", (WIDTH, HEIGHT), (32, 24, 20))
    draw = ImageDraw.Draw(image)
    try:
        large = ImageFont.load_default(size=28)
        small = ImageFont.load_default(size=14)
    except TypeError:  # Pillow without FreeType: its fixed bitmap font
        large = small = ImageFont.load_default()
    draw.rectangle([(8, 8), (WIDTH - 9, HEIGHT - 9 - BAR_HEIGHT - 8)], outline=(138, 44, 23))
    draw.text((WIDTH // 2, 64), title, font=large, fill=(255, 255, 255), anchor="mm")
    draw.text((WIDTH // 2, 100), subtitle, font=small, fill=(230, 210, 190), anchor="mm")
    draw.text(
        (WIDTH // 2, 124),
        f"{number + 1} / {len(CARDS)}",
        font=small,
        fill=(200, 200, 200),
        anchor="mm",
    )
    bar = round(WIDTH * progress)
    top = HEIGHT - BAR_HEIGHT - 4
    if bar:
        draw.rectangle([(0, top), (bar - 1, top + BAR_HEIGHT - 1)], fill=(200, 60, 30))
    return image


def planes(image, coded_width, coded_height):
    """Limited-range BT.601 Y, Cb and Cr planes (4:2:0), padded to the coded size."""
    padded = Image.new("RGB", (coded_width, coded_height), (32, 24, 20))
    padded.paste(image, (0, 0))
    y, cb, cr = padded.convert("YCbCr").split()  # full range, as in JPEG
    y = y.point(lambda value: 16 + value * 219 // 255)
    half = (coded_width // 2, coded_height // 2)
    cb = cb.resize(half, Image.Resampling.BOX).point(lambda value: 16 + value * 224 // 255)
    cr = cr.resize(half, Image.Resampling.BOX).point(lambda value: 16 + value * 224 // 255)
    return y.tobytes(), cb.tobytes(), cr.tobytes()


def macroblock_samples(frame, coded_width, mb_x, mb_y):
    """The 384 samples of one macroblock in the order I_PCM stores them."""
    y, cb, cr = frame
    out = bytearray()
    for row in range(MB):
        start = (mb_y * MB + row) * coded_width + mb_x * MB
        out += y[start : start + MB]
    chroma_width = coded_width // 2
    for plane in (cb, cr):
        for row in range(MB // 2):
            start = (mb_y * MB // 2 + row) * chroma_width + mb_x * MB // 2
            out += plane[start : start + MB // 2]
    return bytes(out)


# --- H.264 bitstream ------------------------------------------------------------------


class BitWriter:
    def __init__(self):
        self.bits = []
        self.data = bytearray()

    def u(self, count, value):
        for shift in range(count - 1, -1, -1):
            self.bit((value >> shift) & 1)

    def bit(self, value):
        self.bits.append(value)
        if len(self.bits) == 8:
            byte = 0
            for bit in self.bits:
                byte = (byte << 1) | bit
            self.data.append(byte)
            self.bits = []

    def ue(self, value):
        code = value + 1
        length = code.bit_length()
        self.u(length - 1, 0)
        self.u(length, code)

    def se(self, value):
        self.ue(2 * value - 1 if value > 0 else -2 * value)

    def align_zero(self):
        while self.bits:
            self.bit(0)

    def raw(self, data):
        assert not self.bits
        self.data += data

    def trailing(self):
        self.bit(1)
        self.align_zero()
        return bytes(self.data)


def nal_unit(ref_idc, unit_type, rbsp):
    """A NAL unit with emulation prevention bytes inserted (no start code)."""
    out = bytearray([(ref_idc << 5) | unit_type])
    zeros = 0
    for byte in rbsp:
        if zeros >= 2 and byte <= 3:
            out.append(3)
            zeros = 0
        out.append(byte)
        zeros = zeros + 1 if byte == 0 else 0
    return bytes(out)


LOG2_MAX_FRAME_NUM = 8


def sequence_parameter_set(mbs_wide, mbs_high, crop_bottom):
    bits = BitWriter()
    bits.u(8, 66)  # Baseline profile
    bits.u(8, 0xC0)  # constraint_set0 and set1: Constrained Baseline
    bits.u(8, 30)  # level 3.0
    bits.ue(0)  # seq_parameter_set_id
    bits.ue(LOG2_MAX_FRAME_NUM - 4)
    bits.ue(2)  # pic_order_cnt_type 2: output order is decoding order
    bits.ue(1)  # max_num_ref_frames
    bits.u(1, 0)  # gaps_in_frame_num_value_allowed_flag
    bits.ue(mbs_wide - 1)
    bits.ue(mbs_high - 1)
    bits.u(1, 1)  # frame_mbs_only_flag
    bits.u(1, 1)  # direct_8x8_inference_flag
    bits.u(1, 1)  # frame_cropping_flag
    for offset in (0, 0, 0, crop_bottom // 2):  # left, right, top, bottom in 2-row units
        bits.ue(offset)
    bits.u(1, 1)  # vui_parameters_present_flag
    bits.u(1, 0)  # aspect_ratio_info_present_flag
    bits.u(1, 0)  # overscan_info_present_flag
    bits.u(1, 0)  # video_signal_type_present_flag
    bits.u(1, 0)  # chroma_loc_info_present_flag
    bits.u(1, 1)  # timing_info_present_flag
    bits.u(32, 1)  # num_units_in_tick
    bits.u(32, 2 * FPS)  # time_scale
    bits.u(1, 1)  # fixed_frame_rate_flag
    bits.u(1, 0)  # nal_hrd_parameters_present_flag
    bits.u(1, 0)  # vcl_hrd_parameters_present_flag
    bits.u(1, 0)  # pic_struct_present_flag
    bits.u(1, 1)  # bitstream_restriction_flag: no reordering, one frame buffered
    bits.u(1, 1)  # motion_vectors_over_pic_boundaries_flag
    bits.ue(0)  # max_bytes_per_pic_denom
    bits.ue(0)  # max_bits_per_mb_denom
    bits.ue(16)  # log2_max_mv_length_horizontal
    bits.ue(16)  # log2_max_mv_length_vertical
    bits.ue(0)  # max_num_reorder_frames
    bits.ue(1)  # max_dec_frame_buffering
    return nal_unit(3, 7, bits.trailing())


def picture_parameter_set():
    bits = BitWriter()
    bits.ue(0)  # pic_parameter_set_id
    bits.ue(0)  # seq_parameter_set_id
    bits.u(1, 0)  # entropy_coding_mode_flag: CAVLC
    bits.u(1, 0)  # bottom_field_pic_order_in_frame_present_flag
    bits.ue(0)  # num_slice_groups_minus1
    bits.ue(0)  # num_ref_idx_l0_default_active_minus1
    bits.ue(0)  # num_ref_idx_l1_default_active_minus1
    bits.u(1, 0)  # weighted_pred_flag
    bits.u(2, 0)  # weighted_bipred_idc
    bits.se(0)  # pic_init_qp_minus26
    bits.se(0)  # pic_init_qs_minus26
    bits.se(0)  # chroma_qp_index_offset
    bits.u(1, 1)  # deblocking_filter_control_present_flag
    bits.u(1, 0)  # constrained_intra_pred_flag
    bits.u(1, 0)  # redundant_pic_cnt_present_flag
    return nal_unit(3, 8, bits.trailing())


I_PCM_IN_I_SLICE = 25
I_PCM_IN_P_SLICE = 5 + 25


def slice_nal(frame, coded_width, mbs_wide, mbs_high, *, idr, frame_num, idr_id, changed):
    """One picture as one slice: every macroblock I_PCM (an IDR picture), or only the
    macroblocks in `changed` (a P picture that skips the rest)."""
    bits = BitWriter()
    bits.ue(0)  # first_mb_in_slice
    bits.ue(7 if idr else 5)  # slice_type: I or P, the same for the whole picture
    bits.ue(0)  # pic_parameter_set_id
    bits.u(LOG2_MAX_FRAME_NUM, frame_num)
    if idr:
        bits.ue(idr_id)
    else:
        bits.u(1, 0)  # num_ref_idx_active_override_flag
        bits.u(1, 0)  # ref_pic_list_modification_flag_l0
    if idr:
        bits.u(1, 0)  # no_output_of_prior_pics_flag
        bits.u(1, 0)  # long_term_reference_flag
    else:
        bits.u(1, 0)  # adaptive_ref_pic_marking_mode_flag
    bits.se(0)  # slice_qp_delta
    bits.ue(1)  # disable_deblocking_filter_idc: off (PCM needs none)
    total = mbs_wide * mbs_high
    coded = range(total) if idr else sorted(changed)
    previous = -1
    for address in coded:
        if not idr:
            bits.ue(address - previous - 1)  # mb_skip_run
        bits.ue(I_PCM_IN_I_SLICE if idr else I_PCM_IN_P_SLICE)
        bits.align_zero()  # pcm_alignment_zero_bit
        bits.raw(macroblock_samples(frame, coded_width, address % mbs_wide, address // mbs_wide))
        previous = address
    if not idr and previous < total - 1:
        bits.ue(total - previous - 1)
    if idr:
        return nal_unit(3, 5, bits.trailing())
    return nal_unit(2, 1, bits.trailing())


def changed_macroblocks(before, after, coded_width, mbs_wide, mbs_high):
    changed = []
    for address in range(mbs_wide * mbs_high):
        x, y = address % mbs_wide, address // mbs_wide
        if macroblock_samples(before, coded_width, x, y) != macroblock_samples(
            after, coded_width, x, y
        ):
            changed.append(address)
    return changed


def encode():
    """(sps, pps, samples, sync sample numbers): the pictures of the placeholder film."""
    mbs_wide, mbs_high = -(-WIDTH // MB), -(-HEIGHT // MB)
    coded_width, coded_height = mbs_wide * MB, mbs_high * MB
    sps = sequence_parameter_set(mbs_wide, mbs_high, coded_height - HEIGHT)
    pps = picture_parameter_set()
    frames_per_card = SECONDS_PER_CARD * FPS
    total_frames = frames_per_card * len(CARDS)
    samples, sync = [], []
    previous = None
    for index in range(total_frames):
        card, within = divmod(index, frames_per_card)
        frame = planes(card_picture(card, (index + 1) / total_frames), coded_width, coded_height)
        idr = within == 0
        if idr:
            nal = slice_nal(
                frame,
                coded_width,
                mbs_wide,
                mbs_high,
                idr=True,
                frame_num=0,
                idr_id=card % 2,
                changed=(),
            )
            sync.append(index + 1)
        else:
            changed = changed_macroblocks(previous, frame, coded_width, mbs_wide, mbs_high)
            nal = slice_nal(
                frame,
                coded_width,
                mbs_wide,
                mbs_high,
                idr=False,
                frame_num=within % (1 << LOG2_MAX_FRAME_NUM),
                idr_id=0,
                changed=changed,
            )
        samples.append(struct.pack(">I", len(nal)) + nal)
        previous = frame
    return sps, pps, samples, sync


def placeholder_film_mp4():
    """The placeholder film as MP4 bytes (moov first, so it starts before it is all loaded)."""
    sps, pps, samples, sync = encode()
    return mp4.mp4_file(sps, pps, samples, sync, width=WIDTH, height=HEIGHT, fps=FPS)
