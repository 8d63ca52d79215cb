"""Frame encode/decode, the streaming decoder and the profile layouts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.edc.frames import (
    ACK,
    NAK,
    STX,
    AckEvent,
    BadFrameEvent,
    EdcError,
    FrameDecoder,
    FrameError,
    FrameEvent,
    NakEvent,
    decode_frame,
    encode_frame,
    lrc,
    parse_bcd_len,
)
from hardware.edc.profile import (
    STANDARD_PROFILE,
    EdcRequest,
    EdcResponse,
    ProfileError,
    TransType,
    get_profile,
)

ascii_data = st.binary(min_size=0, max_size=300).map(lambda b: bytes(x & 0x7F for x in b))


def test_known_frame_layout() -> None:
    frame = encode_frame(b"AB")
    # STX, LEN 0003 in BCD, VER, 'A', 'B', ETX, LRC
    assert frame[:4] == bytes([0x02, 0x00, 0x03, 0x01])
    assert frame[4:6] == b"AB"
    assert frame[6] == 0x03
    assert frame[7] == 0x00 ^ 0x03 ^ 0x01 ^ ord("A") ^ ord("B") ^ 0x03


def test_bcd_length_of_a_request() -> None:
    data = STANDARD_PROFILE.encode_request(EdcRequest(trans_type=TransType.SALE, amount=5, ecr_ref="R1"))
    frame = encode_frame(data)
    assert frame[1:3] == b"\x00\x51"  # 51 = VER + 50 characters, as BCD
    assert parse_bcd_len(b"\x12\x34") == 1234
    with pytest.raises(FrameError):
        parse_bcd_len(b"\x1a\x00")


@given(ascii_data)
def test_encode_decode_roundtrip(data: bytes) -> None:
    assert decode_frame(encode_frame(data)) == data


@given(st.binary(max_size=200))
def test_decode_garbage_raises_only_frame_error(raw: bytes) -> None:
    try:
        decode_frame(raw)
    except FrameError as exc:
        assert isinstance(exc, EdcError) and str(exc)


@given(ascii_data, st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=255))
def test_single_flipped_byte_is_rejected(data: bytes, pos: int, flip: int) -> None:
    frame = bytearray(encode_frame(data))
    frame[pos % len(frame)] ^= flip
    with pytest.raises(FrameError):
        decode_frame(bytes(frame))


@settings(max_examples=200)
@given(
    st.binary(max_size=40).map(lambda b: bytes(x for x in b if x not in (STX, ACK, NAK))),
    st.lists(ascii_data.filter(lambda d: 0 < len(d) < 200), min_size=1, max_size=4),
    st.lists(st.integers(min_value=1, max_value=64), min_size=1, max_size=20),
    st.booleans(),
)
def test_stream_decoder_noise_split_and_glued_ack(
    noise: bytes, payloads: list[bytes], cuts: list[int], glue_ack: bool
) -> None:
    stream = noise + (bytes([ACK]) if glue_ack else b"") + b"".join(encode_frame(p) for p in payloads)
    decoder = FrameDecoder()
    events = []
    pos = 0
    i = 0
    while pos < len(stream):
        step = cuts[i % len(cuts)]
        events += decoder.feed(stream[pos : pos + step])
        pos += step
        i += 1
    frames = [e.data for e in events if isinstance(e, FrameEvent)]
    assert frames == payloads
    assert sum(isinstance(e, AckEvent) for e in events) == (1 if glue_ack else 0)
    assert not any(isinstance(e, BadFrameEvent) for e in events)
    assert decoder.pending == 0


@settings(max_examples=300)
@given(st.lists(st.binary(max_size=64), max_size=10))
def test_stream_decoder_never_raises_on_garbage(chunks: list[bytes]) -> None:
    decoder = FrameDecoder()
    for chunk in chunks:
        for event in decoder.feed(chunk):
            assert isinstance(event, (AckEvent, NakEvent, FrameEvent, BadFrameEvent))
    # after garbage, a good frame still gets through once the decoder is reset or resyncs
    decoder.reset()
    assert decoder.feed(encode_frame(b"OK")) == [FrameEvent(b"OK")]


def test_corrupted_frame_gives_bad_frame_then_resyncs() -> None:
    good = encode_frame(b"HELLO")
    bad = good[:-1] + bytes([good[-1] ^ 1])
    events = FrameDecoder().feed(bad + b"\x99" + good)
    assert isinstance(events[0], BadFrameEvent) and events[0].reason == "bad LRC"
    assert events[-1] == FrameEvent(b"HELLO")


def test_ack_nak_outside_frames() -> None:
    assert FrameDecoder().feed(bytes([ACK, NAK])) == [AckEvent(), NakEvent()]


def test_lrc() -> None:
    assert lrc(b"\x01\x02\x03") == 0


# -- profile ---------------------------------------------------------------------------
def test_request_layout_is_50_characters() -> None:
    req = EdcRequest(trans_type=TransType.VOID, amount=1_250_000, ecr_ref="POS1", orig_ref="ORIG22")
    data = STANDARD_PROFILE.encode_request(req)
    assert len(data) == 50
    assert data == b"02" + b"000125000000" + b"POS1        " + b"ORIG22      " + b" " * 12
    assert STANDARD_PROFILE.decode_request(data) == req


def test_response_layout_is_100_characters() -> None:
    resp = EdcResponse(
        trans_type=TransType.SALE, response_code="00", amount=350_000, ecr_ref="R123",
        approval_code="A1B2C3", rrn="123456789012", masked_pan="5264********1234",
        card_label="MASTERCARD", tid="TID00001", date="20250102", time="134501",
    )
    data = STANDARD_PROFILE.encode_response(resp)
    assert len(data) == 100
    assert data[2:4] == b"00" and data[4:16] == b"000035000000"
    assert data.endswith(b"134501   ")
    assert STANDARD_PROFILE.decode_response(data) == resp


@given(st.binary(max_size=120))
def test_profile_rejects_garbage_with_its_own_error(data: bytes) -> None:
    try:
        STANDARD_PROFILE.decode_response(data)
    except ProfileError:
        pass
    try:
        STANDARD_PROFILE.decode_request(data)
    except ProfileError:
        pass


@pytest.mark.parametrize(
    ("code", "outcome"),
    [("00", "approved"), ("05", "declined"), ("51", "declined"), ("54", "declined"), ("55", "declined"),
     ("68", "declined"), ("91", "declined"), ("TO", "declined"), ("CN", "declined"), ("BS", "declined"),
     ("NF", "not_found"), ("ZZ", "unknown")],
)
def test_response_code_classes(code: str, outcome: str) -> None:
    assert STANDARD_PROFILE.classify(code) == outcome


def test_amount_limits_and_refs() -> None:
    with pytest.raises(ValueError):
        EdcRequest(trans_type=TransType.SALE, amount=-1, ecr_ref="X")
    with pytest.raises(ValueError):
        EdcRequest(trans_type=TransType.SALE, amount=1, ecr_ref="THIRTEENCHARS")
    with pytest.raises(ValueError):
        EdcRequest(trans_type=TransType.SALE, amount=1, ecr_ref="é")
    with pytest.raises(ProfileError):
        STANDARD_PROFILE.decode_request(b"01" + b"000000000150" + b" " * 36)  # 1.50 Rupiah: sen
    with pytest.raises(ProfileError):
        get_profile("nope")
    assert get_profile("standard-ecr-v1") is STANDARD_PROFILE
