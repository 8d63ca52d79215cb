"""The cloud's outside world: payment gateways (Midtrans, Xendit), WhatsApp (Twilio), RabbitMQ.

Each client speaks its provider's documented API over httpx; base URLs and keys are settings
(`settings.py`), so the tests point them at local fakes (tests/fakes/) that check what the real
service checks.
"""
