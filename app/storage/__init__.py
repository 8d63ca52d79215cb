"""The encrypted local store: SQLCipher connection, keys, migrations, backup."""
