"""EDC card terminal over an ECR serial link: frames, bank profile, link, never-double-charge flow."""
