"""QRIS at the cashier: charges through Midtrans or Xendit, their webhooks, payment events."""
