"""Domain events out of the cloud (outbox → RabbitMQ), WhatsApp notifications, reminders."""
