"""The provider clients against fakes that check what Twilio, Midtrans and Xendit check."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, strategies as st

from sync.integrations.http import ProviderError
from sync.integrations.midtrans import MidtransClient, valid_notification, whole_rupiah
from sync.integrations.phones import PhoneError, to_e164, whatsapp_address
from sync.integrations.twilio import TwilioClient, signature, valid_signature
from sync.integrations.xendit import XenditClient, valid_callback_token
from tests.fakes import serve
from tests.fakes.midtrans_fake import MidtransFake
from tests.fakes.twilio_fake import TwilioFake
from tests.fakes.xendit_fake import XenditFake


@pytest.mark.parametrize("raw", ["0812-3456-7890", "0812 3456 7890", "62 812 3456 7890", "+6281234567890",
                                 "81234567890", "(0812) 3456.7890"])
def test_indonesian_numbers_become_e164(raw: str) -> None:
    assert to_e164(raw) == "+6281234567890"
    assert whatsapp_address(raw) == "whatsapp:+6281234567890"


@pytest.mark.parametrize("raw", ["", "abc", "08", "+0812345678", "0812345678901234567"])
def test_bad_numbers_are_refused(raw: str) -> None:
    with pytest.raises(PhoneError):
        to_e164(raw)


@given(st.from_regex(r"\A[1-9][0-9]{7,11}\Z"))
def test_every_spelling_of_a_local_number_is_one_number(digits: str) -> None:
    local = "0" + digits
    assert to_e164(local) == to_e164("+62" + digits) == to_e164("62" + digits) == to_e164(" ".join(local))


def test_whatsapp_text_and_template_reach_twilio() -> None:
    fake = TwilioFake()
    with serve(fake.app()) as base:
        client = TwilioClient(base, fake.account_sid, fake.auth_token, "+14155238886")
        sent = client.send_whatsapp("whatsapp:+6281234567890", body="Mobil Anda siap diambil")
        assert sent.sid.startswith("SM") and sent.status == "queued"
        client.send_whatsapp("whatsapp:+6281234567890", content_sid="HX" + "a" * 32,
                             content_variables={"1": "B 1234 XYZ", "2": "5 Maret"})
        with pytest.raises(ValueError):
            client.send_whatsapp("whatsapp:+6281234567890")
        with pytest.raises(ProviderError) as bad_to:
            client.send_whatsapp("whatsapp:081234567890", body="x")
        assert bad_to.value.status == 400 and "To" in bad_to.value.detail
        client.close()
        wrong = TwilioClient(base, fake.account_sid, "not-the-token", "+14155238886")
        with pytest.raises(ProviderError) as denied:
            wrong.send_whatsapp("whatsapp:+6281234567890", body="x")
        assert denied.value.status == 401
        wrong.close()
    assert [m.get("Body") for m in fake.sent] == ["Mobil Anda siap diambil", None]
    assert fake.sent[1]["ContentVariables"] == '{"1": "B 1234 XYZ", "2": "5 Maret"}'


def test_twilio_signature_matches_the_documented_algorithm() -> None:
    # Twilio's documented example: URL, sorted POST parameters, HMAC-SHA1 with the auth token, base64.
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    params = {"CallSid": "CA1234567890ABCDE", "Caller": "+12349013030", "Digits": "1234", "From": "+12349013030",
              "To": "+18005551212"}
    assert signature("12345", url, params) == "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
    assert valid_signature("12345", url, params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")
    assert not valid_signature("12345", url, {**params, "Digits": "9"}, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")
    assert not valid_signature("12345", url, params, None)


def test_midtrans_qris_charge_status_and_notification_signature() -> None:
    fake = MidtransFake()
    with serve(fake.app()) as base:
        client = MidtransClient(base, fake.server_key)
        charge = client.charge_qris("INV-JKT01-K1-00042-1", 150_000)
        assert charge.qr_string and charge.expires_at
        assert client.status("INV-JKT01-K1-00042-1")["transaction_status"] == "pending"
        with pytest.raises(ProviderError) as dup:
            client.charge_qris("INV-JKT01-K1-00042-1", 150_000)
        assert dup.value.status == 406
        with pytest.raises(ValueError):
            client.charge_qris("INV-2", 150_000.5)  # type: ignore[arg-type]
        client.close()
        with pytest.raises(ProviderError) as denied:
            MidtransClient(base, "wrong").charge_qris("INV-3", 1000)
        assert denied.value.status == 401
    note = fake.notification("INV-JKT01-K1-00042-1")
    assert valid_notification(note, fake.server_key)
    assert not valid_notification({**note, "gross_amount": "1.00"}, fake.server_key)
    assert not valid_notification(fake.notification("INV-JKT01-K1-00042-1", key="forged"), fake.server_key)
    assert whole_rupiah(note["gross_amount"]) == 150_000
    with pytest.raises(ValueError):
        whole_rupiah("150000.50")


def test_xendit_dynamic_qr_and_callback_token() -> None:
    fake = XenditFake()
    expires = datetime.now(timezone.utc) + timedelta(minutes=15)
    with serve(fake.app()) as base:
        client = XenditClient(base, fake.secret_key)
        qr = client.create_qr("INV-JKT01-K1-00042-1", 150_000, expires)
        assert qr.provider_ref.startswith("qr_") and qr.qr_string
        with pytest.raises(ProviderError) as dup:
            client.create_qr("INV-JKT01-K1-00042-1", 150_000, expires)
        assert dup.value.status == 409
        with pytest.raises(ProviderError) as small:
            client.create_qr("INV-4", 1000, expires)
        assert small.value.status == 400
        client.close()
    assert valid_callback_token(fake.callback_token, fake.callback_token)
    assert not valid_callback_token(fake.callback_token, "guess") and not valid_callback_token(None, None)
